// What a player reads when a play is refused: the API's error codes in words, with the
// numbers from the error's details (limits, balance, when to retry).
import { formatGold } from '$lib/format';
import type { ErrorCode } from '$lib/api/types';

/** The time of day a UTC instant falls at, for "more pulls at 00:00 UTC". */
function utcTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return 'midnight';
  return `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')} UTC`;
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * A refusal of a play (bet, spin, pull, cashout, seed change) as one sentence. `fallback` is
 * the API's own message, used for codes not listed here.
 */
export function gameErrorMessage(code: ErrorCode, details: unknown, fallback: string): string {
  const d = (details && typeof details === 'object' ? details : {}) as Record<string, unknown>;
  switch (code) {
    case 'insufficient_funds': {
      const balance = num(d.balance);
      const required = num(d.required);
      return balance !== null && required !== null
        ? `Not enough gold: this needs ${formatGold(required)} and you have ${formatGold(balance)}.`
        : 'Not enough gold for that.';
    }
    case 'bet_out_of_range': {
      const min = num(d.min_bet);
      const max = num(d.max_bet);
      return min !== null && max !== null ? `Bets are whole numbers from ${formatGold(min)} to ${formatGold(max)} gold.` : 'That bet is outside the limits.';
    }
    case 'rate_limited': {
      const seconds = num(d.retry_after_seconds);
      return `You are playing very fast. Take a breath and try again${seconds ? ` in ${seconds} s` : ' in a moment'}.`;
    }
    case 'daily_gacha_limit': {
      const limit = num(d.limit);
      const when = typeof d.resets_at === 'string' ? utcTime(d.resets_at) : 'midnight UTC';
      return `You have used all ${limit ?? 'your'} pulls for today. More pulls at ${when}.`;
    }
    case 'invalid_choice':
      return 'Pick rock, paper or scissors.';
    case 'round_active':
      return 'You already have a crash round running: cash out or wait for it to end.';
    case 'no_active_round':
      return 'That round is already over.';
    case 'cashout_too_early': {
      const min = num(d.min_cashout);
      return `Too early: you can cash out from ${min !== null ? min.toFixed(2) : 'the minimum'}×.`;
    }
    case 'invalid_auto_cashout':
      return fallback.endsWith('.') ? fallback : `${fallback}.`;
    case 'round_in_progress':
      return 'A crash round is still running on this seed. Rotate once it has ended.';
    case 'not_found':
      return 'No finished round of yours has that id.';
    case 'service_unavailable':
      return 'Too many of your rounds at once. Try again in a moment.';
    case 'dependency_unavailable':
      return d.stake_returned === true
        ? 'The round could not be started; your stake was returned. Try again in a moment.'
        : 'The casino is briefly unreachable. Check your history before you play again, then try in a moment.';
    default:
      return fallback;
  }
}
