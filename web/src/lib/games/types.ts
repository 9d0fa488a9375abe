// The games and fairness API's answers, derived from the API's generated contract
// ($lib/api/types; the zod schemas in services/games/views.ts are the source).
import type { ApiResponse } from '$lib/api/types';

/** One slots spin. */
export type SlotsSpin = ApiResponse<'/api/games/slots/spin', 'post'>;

/** One rock-paper-scissors throw. */
export type RpsPlay = ApiResponse<'/api/games/rps/play', 'post'>;

/** A hand in rock-paper-scissors. */
export type RpsChoice = RpsPlay['player_choice'];

/** One gacha pull (1 or 10 items). */
export type GachaPull = ApiResponse<'/api/games/gacha/pull', 'post'>;

/** One item of a pull. */
export type GachaItem = GachaPull['items'][number];

/** A gacha rarity. */
export type Rarity = GachaItem['rarity'];

/** Today's gacha allowance, pity counter, costs and limited pools. */
export type GachaStatus = ApiResponse<'/api/games/gacha/status', 'get'>;

/** A crash round as its player sees it. */
export type CrashRound = ApiResponse<'/api/games/crash/active', 'get'>;

/** Where a crash round stands. */
export type CrashStatus = CrashRound['status'];

/** The multiplier curve of a crash round. */
export type CrashCurve = CrashRound['curve'];

/** The seeds and nonce a round was played with. */
export type RoundFairness = CrashRound['fairness'];

/** One page of the caller's finished rounds. */
export type GameHistoryPage = ApiResponse<'/api/games/history', 'get'>;

/** One finished round in the history. */
export type GameRound = GameHistoryPage['items'][number];

/** A game's name. */
export type GameName = GameRound['game'];

/** The caller's totals, overall and per game. */
export type GameStats = ApiResponse<'/api/games/stats/me', 'get'>;

/** The active seed pair and recently revealed seeds. */
export type FairnessSeeds = ApiResponse<'/api/fairness/seeds', 'get'>;

/** What rotating the server seed answers. */
export type RotateResult = ApiResponse<'/api/fairness/rotate', 'post'>;

/** A round recomputed from its revealed seeds. */
export type VerifyResult = ApiResponse<'/api/fairness/verify', 'get'>;

/** A game's bet limits. */
export interface BetLimits {
  min_bet: number;
  max_bet: number;
}

/**
 * The rules in force, as the web reads `GET /api/games/config`'s `config`. The API declares
 * that field as an open record (the snake_cased game config), so this reading is not derived.
 */
export interface GameConfig {
  slots: BetLimits & { symbols: { id: string; weight: number }[]; paytable: { symbol: string; count: 1 | 2 | 3; multiplier: number }[] };
  rps: BetLimits & { win_multiplier: number; draw_multiplier: number };
  crash: BetLimits & { min_cashout: number; max_multiplier: number; growth_per_second: number; house_edge: number };
  gacha: {
    cost: { single: number; ten: number };
    rarities: Record<Rarity, { probability: number; value: number }>;
    pity_at: number;
    daily_limit: { STANDARD: number; VIP: number };
  };
  big_win_threshold: number;
}

/** The `crash_tick` server-sent event (the SSE stream declares no schema). */
export interface CrashTick {
  round_id: string;
  multiplier: number;
  elapsed_ms: number;
}

/** The `crash_update` server-sent event: a round settled (the SSE stream declares no schema). */
export interface CrashUpdate {
  round_id: string;
  status: CrashStatus;
  trigger: 'manual' | 'auto' | 'crash' | null;
  bet: number;
  multiplier: number | null;
  crash_point: number;
  payout: number;
  elapsed_ms: number | null;
  balance: number;
  settled_at: string;
}
