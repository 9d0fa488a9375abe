import { describe, expect, it } from 'vitest';
import { assertBet, goldPayout, isBigWin, multiplierToCents } from '../../../domain/games/payout.ts';
import { indexFromUnit, seededRandom } from '../../../domain/games/random.ts';

describe('gold payouts', () => {
  it.each([
    [100, 1.15, 115],
    [100, 1.85, 185],
    [15, 1.85, 27],
    [1, 0.99, 0],
    [123_456_789, 9.99, 1_233_333_322],
  ])('pays floor(%i × %f) = %i', (bet, multiplier, payout) => {
    expect(goldPayout(bet, multiplier)).toBe(payout);
  });

  it('refuses multipliers with more than 2 decimals and products past exact integers', () => {
    expect(() => multiplierToCents(1.005)).toThrow(RangeError);
    expect(() => goldPayout(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });

  it('refuses a bet that is not an integer within the limits', () => {
    const limits = { minBet: 10, maxBet: 100 };
    expect(() => assertBet(10, limits)).not.toThrow();
    expect(() => assertBet(100, limits)).not.toThrow();
    for (const bad of [9, 101, 10.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => assertBet(bad, limits)).toThrow(RangeError);
  });

  it('announces a big win only strictly above the threshold', () => {
    expect(isBigWin(1000, 1000)).toBe(false);
    expect(isBigWin(1001, 1000)).toBe(true);
  });
});

describe('seeded random source', () => {
  it('repeats its stream for a seed and differs between seeds', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    const c = seededRandom(6);
    const first = Array.from({ length: 10 }, () => a.next());
    expect(Array.from({ length: 10 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 10 }, () => c.next())).not.toEqual(first);
  });

  it('spreads floats evenly over [0, 1)', () => {
    const rng = seededRandom(11);
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 400_000; i++) buckets[indexFromUnit(rng.next(), 4)]! += 1;
    for (const count of buckets) expect(Math.abs(count - 100_000)).toBeLessThan(1500);
  });
});
