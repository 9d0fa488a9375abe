/**
 * Response shapes of the games and fairness API, as zod schemas (the route builder turns them
 * into the OpenAPI document) with their inferred types, which the services return.
 */
import { z } from 'zod';
import { GAMES } from '../../domain/games/config.ts';
import { RARITIES } from '../../domain/games/gacha.ts';
import { RPS_CHOICES } from '../../domain/games/rps.ts';

/** The seeds that fixed a round's randomness: the committed hash, the client seed and the nonce. */
export const ZRoundFairness = z.object({
  server_seed_hash: z.string().describe('SHA-256 of the server seed, committed before the round'),
  client_seed: z.string(),
  nonce: z.number().int(),
});
export type RoundFairness = z.infer<typeof ZRoundFairness>;

const roundBase = {
  round_id: z.string().uuid(),
  bet: z.number().int().describe('Gold staked (for gacha: the cost of the pull)'),
  payout: z.number().int().describe('Gold paid back (0 when lost)'),
  multiplier: z.number().describe('payout / bet, 2 decimals'),
  win: z.boolean().describe('A net gain: payout above the bet'),
  big_win: z.boolean().describe('Payout above the configured big-win threshold'),
  balance: z.number().int().describe('Gold balance after the round'),
  fairness: ZRoundFairness,
  created_at: z.string(),
};

/** Answer of POST /api/games/slots/spin. */
export const ZSlotsSpinView = z.object({ ...roundBase, game: z.literal('slots'), reels: z.array(z.string()).length(3) });
export type SlotsSpinView = z.infer<typeof ZSlotsSpinView>;

/** Answer of POST /api/games/rps/play. */
export const ZRpsPlayView = z.object({
  ...roundBase,
  game: z.literal('rps'),
  player_choice: z.enum(RPS_CHOICES),
  house_choice: z.enum(RPS_CHOICES),
  outcome: z.enum(['win', 'lose', 'draw']),
});
export type RpsPlayView = z.infer<typeof ZRpsPlayView>;

/** One pulled gacha item. */
export const ZGachaItemView = z.object({
  rarity: z.enum(RARITIES),
  value: z.number().int().describe('Gold this item pays'),
  near_miss: z.boolean().describe('The roll landed just past a rarer band (drives the "almost!" animation)'),
  pity: z.boolean().describe('Granted by the pity guarantee'),
  fallback_from: z.enum(RARITIES).nullable().describe('The rarity won before an exhausted pool turned it into Common'),
});
export type GachaItemView = z.infer<typeof ZGachaItemView>;

/** Answer of POST /api/games/gacha/pull. */
export const ZGachaPullView = z.object({
  ...roundBase,
  game: z.literal('gacha'),
  items: z.array(ZGachaItemView),
  cost_used: z.number().int().describe('Gold the pull cost'),
  near_miss: z.boolean().describe('At least one item is a near miss'),
  daily_limit: z.number().int(),
  daily_used: z.number().int(),
  daily_remaining: z.number().int(),
  pity_counter: z.number().int().describe('Pulls since the last Legendary, after this pull'),
  pity_at: z.number().int(),
});
export type GachaPullView = z.infer<typeof ZGachaPullView>;

/** GET /api/games/gacha/status: today's allowance and the pity counter, before pulling. */
export const ZGachaStatusView = z.object({
  tier: z.enum(['STANDARD', 'VIP']),
  daily_limit: z.number().int(),
  daily_used: z.number().int(),
  daily_remaining: z.number().int(),
  resets_at: z.string().describe('Next UTC midnight'),
  pity_counter: z.number().int(),
  pity_at: z.number().int(),
  cost: z.object({ single: z.number().int(), ten: z.number().int() }),
  pools: z.array(z.object({ rarity: z.enum(RARITIES), stock: z.number().int().nullable() })).describe('Limited pools; null stock = unlimited'),
});
export type GachaStatusView = z.infer<typeof ZGachaStatusView>;

/** One round of game history (any game); `result` holds the game's own details. */
export const ZGameRoundView = z.object({
  round_id: z.string().uuid(),
  game: z.enum(GAMES),
  bet: z.number().int(),
  payout: z.number().int(),
  multiplier: z.number(),
  win: z.boolean(),
  big_win: z.boolean(),
  result: z.record(z.string(), z.unknown()),
  fairness: ZRoundFairness,
  created_at: z.string(),
});
export type GameRoundView = z.infer<typeof ZGameRoundView>;

/** A page of history, newest first. */
export const ZGameHistoryPage = z.object({ items: z.array(ZGameRoundView), next_cursor: z.string().nullable() });
export type GameHistoryPage = z.infer<typeof ZGameHistoryPage>;

const ZStatLine = z.object({
  games_played: z.number().int(),
  wins: z.number().int(),
  gold_wagered: z.number().int(),
  gold_won: z.number().int().describe('Sum of payouts'),
  net: z.number().int().describe('gold_won - gold_wagered'),
  highest_multiplier: z.number(),
  biggest_payout: z.number().int(),
});
export type StatLine = z.infer<typeof ZStatLine>;

/** GET /api/games/stats/me: totals over every game, and per game. */
export const ZGameStatsView = ZStatLine.extend({
  by_game: z.object({ slots: ZStatLine, rps: ZStatLine, crash: ZStatLine, gacha: ZStatLine }),
});
export type GameStatsView = z.infer<typeof ZGameStatsView>;

/** The curve a crash client animates: multiplier = floor(100·e^(growth·t))/100 from started_at. */
export const ZCrashCurve = z.object({
  growth_per_second: z.number(),
  min_cashout: z.number(),
  max_multiplier: z.number(),
  tick_ms: z.number().int(),
});

/** A crash round as its player sees it: the crash point only once the round is over. */
export const ZCrashRoundView = z.object({
  round_id: z.string().uuid(),
  workflow_id: z.string(),
  status: z.enum(['running', 'cashed_out', 'crashed', 'void']),
  bet: z.number().int(),
  auto_cashout: z.number().nullable(),
  started_at: z.string(),
  elapsed_ms: z.number().int().nullable().describe('Running: server time since start. Settled: elapsed time at which the round was decided'),
  multiplier: z.number().nullable().describe('Running: the current multiplier. Cashed out: the cashout multiplier'),
  crash_point: z.number().nullable().describe('Shown once the round is over'),
  trigger: z.enum(['manual', 'auto', 'crash']).nullable().describe('What decided the round: a cashout request, the auto-cashout target, the crash'),
  payout: z.number().int().nullable(),
  settled_at: z.string().nullable(),
  curve: ZCrashCurve,
  fairness: ZRoundFairness,
  balance: z.number().int().optional().describe('Gold balance (answers of bet and cashout)'),
});
export type CrashRoundView = z.infer<typeof ZCrashRoundView>;

/** A crash round as operators see it (GET /api/admin/games/crash/rounds). */
export const ZAdminCrashRoundView = ZCrashRoundView.omit({ balance: true, curve: true }).extend({
  user_id: z.string().uuid(),
  crash_point: z.number(),
  created_at: z.string(),
});
export type AdminCrashRoundView = z.infer<typeof ZAdminCrashRoundView>;

/** The caller's seeds: the active pair (hash only) and recently revealed ones. */
export const ZRevealedSeedView = z.object({
  server_seed: z.string(),
  server_seed_hash: z.string(),
  client_seed: z.string(),
  rounds: z.number().int().describe('Nonces used under this seed: 0 .. rounds-1'),
  created_at: z.string(),
  revealed_at: z.string(),
});
export const ZFairnessSeedsView = z.object({
  server_seed_hash: z.string().describe('Commitment to the active (secret) server seed'),
  client_seed: z.string(),
  next_nonce: z.number().int(),
  created_at: z.string(),
  revealed_seeds: z.array(ZRevealedSeedView).describe('The most recently revealed seeds, newest first'),
});
export type FairnessSeedsView = z.infer<typeof ZFairnessSeedsView>;

/** POST /api/fairness/rotate: the old server seed, revealed, and the new commitment. */
export const ZRotateSeedView = z.object({ revealed: ZRevealedSeedView, current: ZFairnessSeedsView.omit({ revealed_seeds: true }) });
export type RotateSeedView = z.infer<typeof ZRotateSeedView>;

/** GET /api/fairness/verify: a round recomputed from its revealed seeds. */
export const ZVerifyRoundView = z.object({
  round_id: z.string().uuid(),
  game: z.enum(GAMES),
  verifiable: z.boolean(),
  reason: z.enum(['seed_not_revealed']).optional().describe('Why the round cannot be verified yet (rotate the seed to reveal it)'),
  server_seed: z.string().nullable(),
  server_seed_hash: z.string(),
  hash_matches: z.boolean().nullable().describe('SHA-256(server_seed) equals the hash committed before the round'),
  client_seed: z.string(),
  nonce: z.number().int(),
  recorded: z.record(z.string(), z.unknown()).describe('The outcome stored when the round was played'),
  recomputed: z.record(z.string(), z.unknown()).nullable().describe('The same fields recomputed from the seeds'),
  match: z.boolean().nullable().describe('recorded equals recomputed and the hash matches'),
});
export type VerifyRoundView = z.infer<typeof ZVerifyRoundView>;

/** Numbers stored as NUMERIC come back as Prisma Decimals or strings; the API shows plain numbers. */
export function num(value: { toString(): string } | number | string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : Number(value.toString());
}
