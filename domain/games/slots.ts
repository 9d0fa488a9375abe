/**
 * Slots: three reels, each an independent weighted draw from one symbol strip; the line pays the
 * highest multiplier among the pay rules it satisfies ("at least N of symbol S anywhere").
 */
import type { SlotsConfig } from './config.ts';
import { assertBet, goldPayout } from './payout.ts';
import { drawUnit, type RandomSource } from './random.ts';

/** Reels per spin. */
export const SLOT_REEL_COUNT = 3;

/** The outcome of one spin, as recorded in game history and shown by the client. */
export interface SlotSpin {
  /** One symbol id per reel, left to right. */
  reels: string[];
  /** Multiple of the bet the line pays (0 when nothing matches). */
  multiplier: number;
  /** floor(bet × multiplier) in gold. */
  payout: number;
  /** A net gain: the payout exceeds the bet. */
  win: boolean;
}

function pickSymbol(u: number, symbols: SlotsConfig['symbols']): string {
  const total = symbols.reduce((sum, symbol) => sum + symbol.weight, 0);
  let target = u * total;
  for (const symbol of symbols) {
    if (target < symbol.weight) return symbol.id;
    target -= symbol.weight;
  }
  // Only reachable through float rounding at u close to 1.
  const last = symbols[symbols.length - 1];
  if (last === undefined) throw new RangeError('slots config has no symbols');
  return last.id;
}

/** The multiplier a finished line pays: the best pay rule it satisfies, 0 if none; shared by spins and the RTP calculation. */
export function lineMultiplier(reels: readonly string[], config: SlotsConfig): number {
  let best = 0;
  for (const rule of config.paytable) {
    const matches = reels.reduce((count, symbol) => count + (symbol === rule.symbol ? 1 : 0), 0);
    if (matches >= rule.count && rule.multiplier > best) best = rule.multiplier;
  }
  return best;
}

/** Plays one spin: draws three reels from `rng` and pays floor(bet × line multiplier). */
export function spinSlots(bet: number, rng: RandomSource, config: SlotsConfig): SlotSpin {
  assertBet(bet, config);
  const reels = Array.from({ length: SLOT_REEL_COUNT }, () => pickSymbol(drawUnit(rng), config.symbols));
  const multiplier = lineMultiplier(reels, config);
  const payout = goldPayout(bet, multiplier);
  return { reels, multiplier, payout, win: payout > bet };
}

/**
 * Exact return to player of a paytable: enumerates every reel combination with its probability
 * (weights^3 / total^3) and sums probability × multiplier. Validation compares it with 0.92.
 */
export function slotsTheoreticalRtp(config: SlotsConfig): number {
  const total = config.symbols.reduce((sum, symbol) => sum + symbol.weight, 0);
  let weighted = 0;
  const visit = (reels: string[], weight: number): void => {
    if (reels.length === SLOT_REEL_COUNT) {
      weighted += weight * lineMultiplier(reels, config);
      return;
    }
    for (const symbol of config.symbols) visit([...reels, symbol.id], weight * symbol.weight);
  };
  visit([], 1);
  return weighted / total ** SLOT_REEL_COUNT;
}
