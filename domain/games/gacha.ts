/**
 * Gacha pulls. Each pull draws one float u and reads it against probability bands laid out
 * rarest first from 0: [0, pL) Legendary, [pL, pL+pE) Epic, then Rare, and Common takes the rest.
 *
 * - Pity: `pityCounter` is the number of pulls since the last Legendary actually awarded. The pull
 *   that would make it `pityAt` (90) is Legendary whatever u says (u is still drawn, so the
 *   stream stays aligned for verification).
 * - Pools: a rarity with a limited stock (a number) that is exhausted falls back to Common;
 *   `null` or a missing key means unlimited. Common is the fallback and cannot be limited.
 *   A fallback from Legendary does not reset pity: the player did not get the Legendary.
 * - Near miss: a natural (non-pity, non-fallback) result whose roll u lies less than
 *   `nearMissWindow` (0.02) above the upper edge of a `nearMissRarities` band (Legendary, Epic),
 *   i.e. an Epic with u in [pL, pL + 0.02) or a Rare with u in [pL + pE, pL + pE + 0.02).
 * - Value: each item pays its rarity's gold value; a pull's payout is the sum.
 */
import type { GachaConfig } from './config.ts';
import { drawUnit, type RandomSource } from './random.ts';

/** Gacha rarities, most common first (the bands are laid out in the reverse order). */
export const RARITIES = ['Common', 'Rare', 'Epic', 'Legendary'] as const;
/** A gacha rarity. */
export type Rarity = (typeof RARITIES)[number];
/** Player tiers, which have different daily gacha limits. */
export const PLAYER_TIERS = ['STANDARD', 'VIP'] as const;
/** A player tier as far as games care. */
export type PlayerTier = (typeof PLAYER_TIERS)[number];
/** Pull sizes on sale: a single pull or a 10-pull. */
export type GachaCount = 1 | 10;
/** Remaining stock per rarity: a number is a limited pool, null or absent is unlimited. */
export type GachaPoolStock = Partial<Record<Rarity, number | null>>;

const BAND_ORDER: readonly Rarity[] = ['Legendary', 'Epic', 'Rare', 'Common'];

/** One pulled item, with what the animation and the audit trail need. */
export interface GachaItem {
  rarity: Rarity;
  /** Gold this item pays. */
  value: number;
  /** The roll landed just past a rarer band (see the module comment); drives the "almost!" animation. */
  nearMiss: boolean;
  /** The item came from the pity guarantee, not from the roll. */
  pity: boolean;
  /** The rarity the roll (or pity) gave before an exhausted pool turned it into Common; null if none. */
  fallbackFrom: Rarity | null;
}

/** The outcome of one purchase of 1 or 10 pulls, ready to be written in one transaction. */
export interface GachaPull {
  items: GachaItem[];
  /** Gold charged for the pull. */
  cost: number;
  /** Gold paid out: the sum of the items' values. */
  payout: number;
  /** Pulls since the last Legendary after this purchase; store it for the next pull. */
  pityCounterAfter: number;
  /** Units taken from each limited pool; decrement the stored stock by these. */
  poolConsumed: Partial<Record<Rarity, number>>;
}

/** Everything a pull depends on; the caller reads the player's pity counter and pool stock in the same transaction. */
export interface GachaPullInput {
  count: GachaCount;
  pityCounter: number;
  poolStock?: GachaPoolStock;
  rng: RandomSource;
  config: GachaConfig;
}

/** The rarity band a roll falls in, and whether it is a near miss; exported so the bands can be tested and shown. */
export function rarityForRoll(u: number, config: GachaConfig): { rarity: Rarity; nearMiss: boolean } {
  let lower = 0;
  let rarer: Exclude<Rarity, 'Common'> | null = null;
  for (const rarity of BAND_ORDER) {
    const upper = lower + config.rarities[rarity].probability;
    if (u < upper || rarity === 'Common') {
      const nearMiss =
        rarer !== null &&
        config.nearMissRarities.includes(rarer) &&
        u - lower < config.nearMissWindow;
      return { rarity, nearMiss };
    }
    lower = upper;
    rarer = rarity;
  }
  throw new RangeError('unreachable: Common closes the bands');
}

/** Gold charged for a 1- or 10-pull. */
export function gachaCost(count: GachaCount, config: GachaConfig): number {
  return count === 1 ? config.cost.single : config.cost.ten;
}

/** Pulls a player may make per day (a 10-pull counts as one); the API answers 429 past it. */
export function gachaDailyLimit(tier: PlayerTier, config: GachaConfig): number {
  return config.dailyLimit[tier];
}

function assertPoolStock(poolStock: GachaPoolStock): void {
  for (const [rarity, stock] of Object.entries(poolStock)) {
    if (stock === null || stock === undefined) continue;
    if (rarity === 'Common') throw new RangeError('Common is the fallback rarity and cannot have a limited pool');
    if (!Number.isSafeInteger(stock) || stock < 0) throw new RangeError(`pool stock for ${rarity} must be a non-negative integer`);
  }
}

/** Performs a 1- or 10-pull: pity, pool fallback and near misses as described in the module comment. */
export function pullGacha(input: GachaPullInput): GachaPull {
  const { count, rng, config } = input;
  if (count !== 1 && count !== 10) throw new RangeError(`a gacha pull is 1 or 10 items, not ${String(count)}`);
  if (!Number.isSafeInteger(input.pityCounter) || input.pityCounter < 0) {
    throw new RangeError(`pity counter ${input.pityCounter} must be a non-negative integer`);
  }
  const stock: GachaPoolStock = { ...input.poolStock };
  assertPoolStock(stock);
  const poolConsumed: Partial<Record<Rarity, number>> = {};
  let pityCounter = input.pityCounter;
  const items: GachaItem[] = [];

  for (let i = 0; i < count; i++) {
    const roll = rarityForRoll(drawUnit(rng), config);
    const pity = pityCounter + 1 >= config.pityAt;
    let rarity: Rarity = pity ? 'Legendary' : roll.rarity;
    let fallbackFrom: Rarity | null = null;
    const remaining = stock[rarity];
    if (typeof remaining === 'number') {
      if (remaining <= 0) {
        fallbackFrom = rarity;
        rarity = 'Common';
      } else {
        stock[rarity] = remaining - 1;
        poolConsumed[rarity] = (poolConsumed[rarity] ?? 0) + 1;
      }
    }
    pityCounter = rarity === 'Legendary' ? 0 : pityCounter + 1;
    items.push({
      rarity,
      value: config.rarities[rarity].value,
      nearMiss: !pity && fallbackFrom === null && roll.nearMiss,
      pity,
      fallbackFrom,
    });
  }

  return {
    items,
    cost: gachaCost(count, config),
    payout: items.reduce((sum, item) => sum + item.value, 0),
    pityCounterAfter: pityCounter,
    poolConsumed,
  };
}

/**
 * Long-run return (payout / cost) of a pull size, with pity and unlimited pools. Pity makes the
 * pulls between Legendaries a renewal cycle of N pulls, N truncated-geometric at `pityAt`:
 * E[N] = (1 - (1 - pL)^pityAt) / pL, so the Legendary rate is 1 / E[N]; every other pull is
 * a natural non-Legendary roll, Common/Rare/Epic in proportion to their probabilities.
 * Exhausted pools only lower the return (items fall back to Common).
 */
export function gachaTheoreticalReturn(count: GachaCount, config: GachaConfig): number {
  const { rarities, pityAt } = config;
  const pL = rarities.Legendary.probability;
  const expectedCycle = pL === 0 ? pityAt : (1 - (1 - pL) ** pityAt) / pL;
  const legendaryRate = 1 / expectedCycle;
  const nonLegendaryValue =
    pL >= 1
      ? 0
      : (['Common', 'Rare', 'Epic'] as const).reduce((sum, r) => sum + rarities[r].probability * rarities[r].value, 0) /
        (1 - pL);
  const perPull = legendaryRate * rarities.Legendary.value + (1 - legendaryRate) * nonLegendaryValue;
  return (count * perPull) / gachaCost(count, config);
}
