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

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** An amount of money in cents as the currency shows it: 499 → "$4.99". */
export function formatMoney(cents: number, currency = 'USD'): string {
  if (currency.toUpperCase() === 'USD') return usd.format(cents / 100);
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** How long a discount still runs, from `now`: "ends in 14 days", "ends in 5 hours", "ends soon"; null once over. */
export function formatEndsIn(endsAt: string, now: number): string | null {
  const left = new Date(endsAt).getTime() - now;
  if (!Number.isFinite(left) || left <= 0) return null;
  if (left >= DAY_MS) {
    const days = Math.ceil(left / DAY_MS);
    return `ends in ${days} day${days === 1 ? '' : 's'}`;
  }
  if (left >= HOUR_MS) {
    const hours = Math.ceil(left / HOUR_MS);
    return `ends in ${hours} hour${hours === 1 ? '' : 's'}`;
  }
  return 'ends soon';
}

/** A purchase status as a word: "pending" → "Pending". */
export function formatStatus(status: string): string {
  return status ? status[0]!.toUpperCase() + status.slice(1) : status;
}

/** A failure reason code as words for players: "card_declined" → "The card was declined." */
export function formatFailureReason(reason: string | null): string {
  if (!reason) return 'The payment did not go through.';
  const known: Record<string, string> = {
    card_declined: 'The card was declined.',
    capture_declined: 'The bank refused to complete the payment.',
    capture_failed: 'The bank refused to complete the payment.',
    insufficient_funds: 'The card has insufficient funds.',
    timeout: 'The payment took too long and was cancelled.',
    payment_timeout: 'The payment took too long and was cancelled.',
  };
  return known[reason] ?? `${formatReason(reason)}.`;
}

/** How long ago something happened, short: "45 s", "12 min", "3 h", "2 d". */
export function formatAge(iso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((now - new Date(iso).getTime()) / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86_400)} d`;
}
