/**
 * Every paytable, probability and limit of the mini-games, as zod schemas with defaults, plus
 * the validation that refuses a config whose theoretical return is off target. Numbers marked
 * (ours) are this project's defaults (docs/domain.md): change them here or in a loaded config, never in game code.
 */
import { z } from 'zod';
import { crashTheoreticalReturn } from './crash.ts';
import { gachaTheoreticalReturn, RARITIES } from './gacha.ts';
import { hasTwoDecimalsAtMost } from './payout.ts';
import { rpsTheoreticalReturn } from './rps.ts';
import { slotsTheoreticalRtp } from './slots.ts';
import { GAMES, type Game } from './names.ts';

export { GAMES, type Game } from './names.ts';
/** Zod enum of the game names, for request parsing. */
export const ZGame = z.enum(GAMES);

/** Zod enum of the gacha rarities. */
export const ZRarity = z.enum(RARITIES);

/**
 * Product return targets (docs/domain.md: slots 0.92, RPS edge 5%, crash edge 7%; gacha 0.90 is ours,
 * a 10% sink). They live apart from the tunable config so editing a paytable cannot move its target.
 */
export const RETURN_TARGETS: Readonly<Record<Game, number>> = Object.freeze({
  slots: 0.92,
  rps: 0.95,
  crash: 0.93,
  gacha: 0.9,
});

/** How far a theoretical return may sit from its target before validateGameConfig refuses the config. */
export const RETURN_TOLERANCE = 0.001;

const ZMultiplier = z
  .number()
  .nonnegative()
  .max(1_000_000)
  .refine(hasTwoDecimalsAtMost, 'a multiplier has at most 2 decimals');
const ZGold = z.number().int().nonnegative();
const ZBet = z.number().int().positive();

const betLimits = { minBet: ZBet, maxBet: ZBet };
function checkBetLimits(value: { minBet: number; maxBet: number }, ctx: z.RefinementCtx): void {
  if (value.minBet > value.maxBet) ctx.addIssue({ code: 'custom', message: 'minBet exceeds maxBet', path: ['minBet'] });
}

/** Slots: three reels drawn independently from one weighted symbol strip; the best matching pay rule wins. */
export const ZSlotsConfig = z
  .strictObject({
    ...betLimits,
    /** Symbols and their integer weights on every reel. */
    symbols: z.array(z.strictObject({ id: z.string().min(1), weight: z.number().int().positive() })).min(2),
    /** "at least `count` of `symbol` anywhere on the line pays `multiplier` × bet"; rules do not add up. */
    paytable: z
      .array(
        z.strictObject({
          symbol: z.string().min(1),
          count: z.union([z.literal(1), z.literal(2), z.literal(3)]),
          multiplier: ZMultiplier,
        }),
      )
      .min(1),
  })
  .superRefine((value, ctx) => {
    checkBetLimits(value, ctx);
    const ids = new Set<string>();
    value.symbols.forEach((symbol, i) => {
      if (ids.has(symbol.id)) ctx.addIssue({ code: 'custom', message: `duplicate symbol ${symbol.id}`, path: ['symbols', i] });
      ids.add(symbol.id);
    });
    value.paytable.forEach((rule, i) => {
      if (!ids.has(rule.symbol)) ctx.addIssue({ code: 'custom', message: `unknown symbol ${rule.symbol}`, path: ['paytable', i] });
    });
  });
/** Slots configuration. */
export type SlotsConfig = z.infer<typeof ZSlotsConfig>;

/** Rock-paper-scissors: the house throws uniformly at random; a win and a draw pay these multiples of the stake. */
export const ZRpsConfig = z
  .strictObject({ ...betLimits, winMultiplier: ZMultiplier, drawMultiplier: ZMultiplier })
  .superRefine(checkBetLimits);
/** Rock-paper-scissors configuration. */
export type RpsConfig = z.infer<typeof ZRpsConfig>;

/** Crash: crash point from one uniform float with a house edge, capped; multiplier curve e^(rate·t). */
export const ZCrashConfig = z
  .strictObject({
    ...betLimits,
    houseEdge: z.number().gt(0).lt(1),
    maxMultiplier: ZMultiplier.refine((m) => m >= 2, 'maxMultiplier is at least 2'),
    /** Lowest multiplier a cashout (manual or automatic) may take; 1.00 would be a free, riskless round. */
    minCashout: ZMultiplier.refine((m) => m > 1, 'minCashout is above 1.00'),
    /** k in multiplier = e^(k·seconds); tests shorten rounds by raising it. */
    growthPerSecond: z.number().positive().max(1000),
  })
  .superRefine((value, ctx) => {
    checkBetLimits(value, ctx);
    if (value.minCashout > value.maxMultiplier) {
      ctx.addIssue({ code: 'custom', message: 'minCashout exceeds maxMultiplier', path: ['minCashout'] });
    }
  });
/** Crash configuration. */
export type CrashConfig = z.infer<typeof ZCrashConfig>;

const ZRarityEntry = z.strictObject({ probability: z.number().min(0).max(1), value: ZGold });

/** Gacha: costs, per-rarity probability and gold value, pity, near-miss window and daily limits. */
export const ZGachaConfig = z
  .strictObject({
    cost: z.strictObject({ single: ZGold.positive(), ten: ZGold.positive() }),
    rarities: z.strictObject({
      Common: ZRarityEntry,
      Rare: ZRarityEntry,
      Epic: ZRarityEntry,
      Legendary: ZRarityEntry,
    }),
    /** The pull number (counted since the last Legendary) that is guaranteed Legendary. */
    pityAt: z.number().int().min(1).max(10_000),
    /** Width, in probability, of the strip just past a near-miss rarity's band that flags `nearMiss`. */
    nearMissWindow: z.number().min(0).max(0.5),
    /** Rarities whose band edge produces near misses (a roll that landed just past them). */
    nearMissRarities: z.array(ZRarity.exclude(['Common'])),
    /** Pulls per day by tier; a 10-pull counts as one. */
    dailyLimit: z.strictObject({ STANDARD: z.number().int().nonnegative(), VIP: z.number().int().nonnegative() }),
  })
  .superRefine((value, ctx) => {
    const total = RARITIES.reduce((sum, rarity) => sum + value.rarities[rarity].probability, 0);
    if (Math.abs(total - 1) > 1e-9) {
      ctx.addIssue({ code: 'custom', message: `rarity probabilities sum to ${total}, not 1`, path: ['rarities'] });
    }
    if (value.rarities.Common.probability <= 0) {
      ctx.addIssue({ code: 'custom', message: 'Common is the fallback rarity and needs a probability above 0', path: ['rarities', 'Common'] });
    }
  });
/** Gacha configuration. */
export type GachaConfig = z.infer<typeof ZGachaConfig>;

/** The whole games config, loaded once at start-up and passed to every rule (and into crash workflows as input). */
export const ZGameConfig = z.strictObject({
  slots: ZSlotsConfig,
  rps: ZRpsConfig,
  crash: ZCrashConfig,
  gacha: ZGachaConfig,
  /** A payout strictly above this many gold is a big win (docs/domain.md: 1,000). */
  bigWinThreshold: ZGold,
});
/** The whole games config. */
export type GameConfig = z.infer<typeof ZGameConfig>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The shipped defaults (frozen). Slots: exact RTP 0.92021 with a 39% hit rate. RPS: win 1.85×,
 * draw returns the stake -> (1.85 + 1) / 3 = 0.95. Crash: edge 7%, cap 1,000×, 2× after 5.8 s.
 * Gacha: long-run return 0.8999 with pity (Legendary effective rate 1.377%, 1 in 72.6 pulls).
 */
export const DEFAULT_GAME_CONFIG: GameConfig = deepFreeze<GameConfig>({
  slots: {
    minBet: 10, // (ours)
    maxBet: 10_000, // (ours)
    symbols: [
      { id: 'cherry', weight: 13 },
      { id: 'lemon', weight: 7 },
      { id: 'orange', weight: 3 },
      { id: 'plum', weight: 3 },
      { id: 'bell', weight: 2 },
      { id: 'bar', weight: 2 },
      { id: 'seven', weight: 1 },
    ],
    paytable: [
      { symbol: 'seven', count: 3, multiplier: 50 },
      { symbol: 'bar', count: 3, multiplier: 25 },
      { symbol: 'bell', count: 3, multiplier: 15 },
      { symbol: 'plum', count: 3, multiplier: 10 },
      { symbol: 'orange', count: 3, multiplier: 8 },
      { symbol: 'lemon', count: 3, multiplier: 5 },
      { symbol: 'cherry', count: 3, multiplier: 3 },
      { symbol: 'cherry', count: 2, multiplier: 2 },
    ],
  },
  rps: {
    minBet: 10, // (ours)
    maxBet: 10_000, // (ours)
    winMultiplier: 1.85,
    drawMultiplier: 1,
  },
  crash: {
    minBet: 10, // (ours)
    maxBet: 10_000, // (ours)
    houseEdge: 0.07,
    maxMultiplier: 1000,
    minCashout: 1.01, // (ours)
    growthPerSecond: 0.12, // (ours) 2× at 5.8 s, 10× at 19 s, 1,000× at 58 s
  },
  gacha: {
    cost: { single: 5000, ten: 50_000 },
    rarities: {
      // probabilities and values (ours): Rare pays 1.5× the single cost, Epic 4.5×, Legendary 15×
      Common: { probability: 0.8, value: 1700 },
      Rare: { probability: 0.15, value: 7500 },
      Epic: { probability: 0.045, value: 22_500 },
      Legendary: { probability: 0.005, value: 75_000 },
    },
    pityAt: 90,
    nearMissWindow: 0.02, // (ours)
    nearMissRarities: ['Legendary', 'Epic'], // (ours)
    dailyLimit: { STANDARD: 3, VIP: 5 },
  },
  bigWinThreshold: 1000,
});

/** Theoretical long-run return of each game under a config; what validation compares with RETURN_TARGETS and admin can show. */
export function gameReturns(config: GameConfig): Record<Game, number> {
  return {
    slots: slotsTheoreticalRtp(config.slots),
    rps: rpsTheoreticalReturn(config.rps),
    crash: crashTheoreticalReturn(2, config.crash),
    gacha: gachaTheoreticalReturn(1, config.gacha),
  };
}

/** Raised by validateGameConfig with every problem found, so an operator sees all of them at once. */
export class GameConfigError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`invalid game config:\n- ${issues.join('\n- ')}`);
    this.name = 'GameConfigError';
  }
}

function returnIssue(label: string, actual: number, target: number, tolerance: number): string | null {
  if (Math.abs(actual - target) <= tolerance) return null;
  return `${label} return ${actual.toFixed(5)} is off target ${target} ± ${tolerance}`;
}

/**
 * Parses a config and refuses it unless every game's theoretical return is within `tolerance`
 * of its target: slots RTP computed exactly from the paytable, RPS from its multipliers, crash
 * at three cashout targets, gacha (long run, with pity, unlimited pools) for 1- and 10-pulls.
 */
export function validateGameConfig(
  input: unknown,
  targets: Readonly<Record<Game, number>> = RETURN_TARGETS,
  tolerance: number = RETURN_TOLERANCE,
): GameConfig {
  const parsed = ZGameConfig.safeParse(input);
  if (!parsed.success) {
    throw new GameConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
  }
  const config = parsed.data;
  const crash = config.crash;
  const issues = [
    returnIssue('slots', slotsTheoreticalRtp(config.slots), targets.slots, tolerance),
    returnIssue('rps', rpsTheoreticalReturn(config.rps), targets.rps, tolerance),
    ...[crash.minCashout, 2, crash.maxMultiplier].map((target) =>
      returnIssue(`crash (cashout at ${target}×)`, crashTheoreticalReturn(target, crash), targets.crash, tolerance),
    ),
    returnIssue('gacha (1 pull)', gachaTheoreticalReturn(1, config.gacha), targets.gacha, tolerance),
    returnIssue('gacha (10 pulls)', gachaTheoreticalReturn(10, config.gacha), targets.gacha, tolerance),
  ].filter((issue): issue is string => issue !== null);
  if (issues.length > 0) throw new GameConfigError(issues);
  return config;
}
