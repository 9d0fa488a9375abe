// Mission periods and UTC days. Pure: safe inside workflow code.

/** How often a mission resets; events never do. */
export type ResetKind = 'none' | 'daily' | 'weekly';

const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, `YYYY-MM-DD`. */
export const utcDay = (at: Date): string => at.toISOString().slice(0, 10);

/** Midnight UTC of a `YYYY-MM-DD` day. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** Whole days from `a` to `b` (`YYYY-MM-DD` each). */
export const daysBetween = (a: string, b: string): number => Math.round((dayStart(b).getTime() - dayStart(a).getTime()) / DAY_MS);

/** The `YYYY-MM-DD` day `n` days after `day`. */
export const addDays = (day: string, n: number): string => utcDay(new Date(dayStart(day).getTime() + n * DAY_MS));

/** ISO 8601 week of an instant, `YYYY-Www` (weeks start on Monday, UTC). */
export function isoWeek(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow); // the Thursday of this week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The period a mission is in at `at` ('' for events) and when that period ends. */
export function periodAt(reset: ResetKind, at: Date): { period: string; endsAt: Date | null } {
  if (reset === 'daily') {
    const day = utcDay(at);
    return { period: day, endsAt: dayStart(addDays(day, 1)) };
  }
  if (reset === 'weekly') {
    const day = utcDay(at);
    const dow = dayStart(day).getUTCDay() || 7;
    return { period: isoWeek(at), endsAt: dayStart(addDays(day, 8 - dow)) };
  }
  return { period: '', endsAt: null };
}
