/** Why gold moved. Every ledger entry names one; (reason, ref) is unique across the ledger. */
export const LEDGER_REASONS = [
  'signup_bonus',
  'purchase',
  'refund',
  'game_bet',
  'game_payout',
  'streak',
  'vip_claim',
  'event_reward',
  'mission_reward',
  /** A live event's per-win bonus, paid in the winning round's own statement (ref `<round>:<event>`). */
  'event_bonus',
  'admin_grant',
  'admin_debit',
] as const;

export type LedgerReason = (typeof LEDGER_REASONS)[number];
