// Display helpers shared by the pages. Fixed locale and time zone so the server-rendered
// text and the text the browser renders after navigation are the same.

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});
const dateOnly = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** Gold as a plain integer with thousands separators: 1000 → "1,000". */
export function formatGold(amount: number): string {
  return integer.format(amount);
}

/** A ledger delta with its sign: +1,000 or −250 (a real minus sign). */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${integer.format(delta)}`;
  if (delta < 0) return `\u2212${integer.format(-delta)}`;
  return '0';
}

/** A timestamp for tables: "Nov 27, 2026, 2:03 PM UTC". */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}

/** A calendar date: "November 27, 2026". */
export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

/** A ledger reason code as words: "game_payout" → "Game payout". */
export function formatReason(reason: string): string {
  const words = reason.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : reason;
}

/** The label of a player's tier or role. */
export function formatRole(role: 'STANDARD' | 'VIP' | 'ADMIN'): string {
  return { STANDARD: 'Standard', VIP: 'VIP', ADMIN: 'Operator' }[role];
}
