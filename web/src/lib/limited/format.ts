// Words and numbers for the limited offers (shop and admin pages).
import { formatDateTime } from '$lib/format';
import type { LimitedBlockReason, LimitedStockEvent } from './types';

/** A refusal in words, for players. */
export const BLOCK_MESSAGES: Record<LimitedBlockReason, { title: string; text: string }> = {
  OUT_OF_STOCK: { title: 'Sold out', text: 'Every unit is sold or held by other players. Held units come back if they are not bought in time.' },
  USER_LIMIT: { title: 'Limit reached', text: 'You already hold or bought as many of this offer as one player may.' },
  OUT_OF_WINDOW: { title: 'Not on sale now', text: 'This offer is outside its sale window.' },
  INACTIVE: { title: 'Not on sale now', text: 'This offer was taken off sale.' },
  PROMO_INVALID: { title: 'Promo code not valid', text: 'That code does not apply to this offer (unknown, expired or used up).' },
};

/** Why a hold ended, in words. */
export function formatReleaseReason(reason: string | null): string {
  const known: Record<string, string> = {
    expired: 'The hold ran out of time.',
    cancelled: 'You released the hold.',
    payment_failed: 'The payment did not go through.',
    purchase_abandoned: 'The payment was abandoned.',
    workflow_cancelled: 'The hold was cancelled.',
  };
  return (reason && known[reason]) || 'The hold has ended.';
}

/** Milliseconds left as a countdown: 95_000 → "01:35" (never below 00:00). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** A sale window in words: "Until Nov 30, 2026, 6:00 PM UTC", "Always on". */
export function formatWindow(startsAt: string | null, endsAt: string | null): string {
  if (startsAt && endsAt) return `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`;
  if (endsAt) return `Until ${formatDateTime(endsAt)}`;
  if (startsAt) return `From ${formatDateTime(startsAt)}`;
  return 'No end date';
}

/** A `limited_stock` payload, if that is what `data` is. */
export function asStockEvent(data: unknown): LimitedStockEvent | null {
  if (!data || typeof data !== 'object') return null;
  const { code, stock_left } = data as Partial<LimitedStockEvent>;
  return typeof code === 'string' && typeof stock_left === 'number' ? { code, stock_left } : null;
}

/** A hold time in words: 120 → "2 minutes", 90 → "90 seconds". */
export function formatSeconds(seconds: number): string {
  if (seconds >= 60 && seconds % 60 === 0) {
    const minutes = seconds / 60;
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}
