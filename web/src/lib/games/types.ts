// The games and fairness API's answers, as the web app reads them (JSON, snake_case). The API's
// own zod schemas (services/games/views.ts) are the source of truth; these mirror the fields
// the pages use.

/** The four mini-games, as the API names them. */
export type GameName = 'slots' | 'rps' | 'gacha' | 'crash';

/** The seeds that fixed a round: the committed server seed hash, the client seed, the nonce. */
export interface RoundFairness {
  server_seed_hash: string;
  client_seed: string;
  nonce: number;
}

/** What every instant round (slots, RPS, gacha) answers with. */
export interface RoundBase {
  round_id: string;
  bet: number;
  payout: number;
  multiplier: number;
  win: boolean;
  big_win: boolean;
  /** The player's gold right after the round. */
  balance: number;
  fairness: RoundFairness;
  created_at: string;
}

/** POST /api/games/slots/spin. */
export interface SlotsSpin extends RoundBase {
  game: 'slots';
  reels: [string, string, string];
}

/** A hand in rock-paper-scissors. */
export type RpsChoice = 'rock' | 'paper' | 'scissors';

/** POST /api/games/rps/play. */
export interface RpsPlay extends RoundBase {
  game: 'rps';
  player_choice: RpsChoice;
  house_choice: RpsChoice;
  outcome: 'win' | 'lose' | 'draw';
}

/** The gacha rarities, commonest first. */
export type Rarity = 'Common' | 'Rare' | 'Epic' | 'Legendary';

/** One pulled gacha item. */
export interface GachaItem {
  rarity: Rarity;
  value: number;
  near_miss: boolean;
  pity: boolean;
  fallback_from: Rarity | null;
}

/** POST /api/games/gacha/pull. */
export interface GachaPull extends RoundBase {
  game: 'gacha';
  items: GachaItem[];
  cost_used: number;
  near_miss: boolean;
  daily_limit: number;
  daily_used: number;
  daily_remaining: number;
  pity_counter: number;
  pity_at: number;
}

/** GET /api/games/gacha/status: today's allowance and the pity counter. */
export interface GachaStatus {
  tier: 'STANDARD' | 'VIP';
  daily_limit: number;
  daily_used: number;
  daily_remaining: number;
  resets_at: string;
  pity_counter: number;
  pity_at: number;
  cost: { single: number; ten: number };
  pools: { rarity: Rarity; stock: number | null }[];
}

/** The curve a crash client animates: multiplier = floor(100·e^(growth·t))/100 from started_at. */
export interface CrashCurve {
  growth_per_second: number;
  min_cashout: number;
  max_multiplier: number;
  tick_ms: number;
}

/** Where a crash round stands. */
export type CrashStatus = 'running' | 'cashed_out' | 'crashed' | 'void';

/** A crash round as its player sees it (bet, cashout, active, rounds/:id). */
export interface CrashRound {
  round_id: string;
  status: CrashStatus;
  bet: number;
  auto_cashout: number | null;
  started_at: string;
  elapsed_ms: number | null;
  /** Running: the multiplier now. Cashed out: the cashout multiplier. */
  multiplier: number | null;
  /** Only once the round is over. */
  crash_point: number | null;
  trigger: 'manual' | 'auto' | 'crash' | null;
  payout: number | null;
  settled_at: string | null;
  curve: CrashCurve;
  fairness: RoundFairness;
  balance?: number;
}

/** `crash_tick` on the event stream: the multiplier of a running round (display only). */
export interface CrashTick {
  round_id: string;
  multiplier: number;
  elapsed_ms: number;
}

/** `crash_update` on the event stream: a round's settlement. */
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

/** One finished round in the history (any game); `result` holds the game's own details. */
export interface GameRound {
  round_id: string;
  game: GameName;
  bet: number;
  payout: number;
  multiplier: number;
  win: boolean;
  big_win: boolean;
  result: Record<string, unknown>;
  fairness: RoundFairness;
  created_at: string;
}

/** A page of history, newest first; `next_cursor` is null on the last page. */
export interface GameHistoryPage {
  items: GameRound[];
  next_cursor: string | null;
}

/** A player's totals over some rounds. */
export interface StatLine {
  games_played: number;
  wins: number;
  gold_wagered: number;
  gold_won: number;
  net: number;
  highest_multiplier: number;
  biggest_payout: number;
}

/** GET /api/games/stats/me. */
export interface GameStats extends StatLine {
  by_game: Record<GameName, StatLine>;
}

/** Bet limits of one game. */
export interface BetLimits {
  min_bet: number;
  max_bet: number;
}

/** GET /api/games/config (the parts the pages show). */
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

/** A server seed that was rotated out and revealed. */
export interface RevealedSeed {
  server_seed: string;
  server_seed_hash: string;
  client_seed: string;
  /** Nonces used under this seed: 0 .. rounds-1. */
  rounds: number;
  created_at: string;
  revealed_at: string;
}

/** GET /api/fairness/seeds. */
export interface FairnessSeeds {
  server_seed_hash: string;
  client_seed: string;
  next_nonce: number;
  created_at: string;
  revealed_seeds: RevealedSeed[];
}

/** POST /api/fairness/rotate. */
export interface RotateResult {
  revealed: RevealedSeed;
  current: Omit<FairnessSeeds, 'revealed_seeds'>;
}

/** GET /api/fairness/verify: a round recomputed from its revealed seeds. */
export interface VerifyResult {
  round_id: string;
  game: GameName;
  verifiable: boolean;
  reason?: 'seed_not_revealed';
  server_seed: string | null;
  server_seed_hash: string;
  hash_matches: boolean | null;
  client_seed: string;
  nonce: number;
  recorded: Record<string, unknown>;
  recomputed: Record<string, unknown> | null;
  match: boolean | null;
}
