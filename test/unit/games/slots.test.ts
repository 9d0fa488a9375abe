import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG, type SlotsConfig } from '../../../domain/games/config.ts';
import { lineMultiplier, slotsTheoreticalRtp, spinSlots } from '../../../domain/games/slots.ts';
import { scripted, unitForSymbol } from './helpers.ts';

const config = DEFAULT_GAME_CONFIG.slots;
const reel = (...ids: string[]) => scripted(ids.map((id) => unitForSymbol(id, config)));

describe('slots spin', () => {
  it('pays 50x for three sevens', () => {
    expect(spinSlots(100, reel('seven', 'seven', 'seven'), config)).toEqual({
      reels: ['seven', 'seven', 'seven'], multiplier: 50, payout: 5000, win: true,
    });
  });

  it('pays 2x for two cherries anywhere on the line', () => {
    expect(spinSlots(100, reel('cherry', 'bar', 'cherry'), config)).toMatchObject({ multiplier: 2, payout: 200, win: true });
    expect(spinSlots(100, reel('bell', 'cherry', 'cherry'), config)).toMatchObject({ multiplier: 2, payout: 200 });
  });

  it('pays only the best matching rule: three cherries pay 3x, not 3x + 2x', () => {
    expect(spinSlots(100, reel('cherry', 'cherry', 'cherry'), config)).toMatchObject({ multiplier: 3, payout: 300 });
  });

  it('pays nothing for a line without a match', () => {
    expect(spinSlots(100, reel('seven', 'seven', 'bar'), config)).toEqual({
      reels: ['seven', 'seven', 'bar'], multiplier: 0, payout: 0, win: false,
    });
  });

  it('draws exactly one float per reel', () => {
    const rng = reel('lemon', 'lemon', 'lemon', 'seven');
    expect(spinSlots(10, rng, config).reels).toEqual(['lemon', 'lemon', 'lemon']);
    expect(rng.used).toBe(3);
  });

  it.each([0, 9, 10.5, 10_001, Number.NaN])('refuses a bet of %f', (bet) => {
    expect(() => spinSlots(bet, reel('lemon', 'lemon', 'lemon'), config)).toThrow(RangeError);
  });
});

describe('slots theoretical RTP', () => {
  const tiny: SlotsConfig = {
    minBet: 1,
    maxBet: 100,
    symbols: [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 3 },
    ],
    paytable: [
      { symbol: 'a', count: 3, multiplier: 64 },
      { symbol: 'b', count: 3, multiplier: 1 },
    ],
  };

  it('weighs each reel combination by its probability', () => {
    // aaa: 1/64 × 64; bbb: 27/64 × 1
    expect(slotsTheoreticalRtp(tiny)).toBeCloseTo(1 + 27 / 64, 12);
  });

  it('counts overlapping rules once, at the best multiplier', () => {
    const withAnyA: SlotsConfig = { ...tiny, paytable: [...tiny.paytable, { symbol: 'a', count: 1, multiplier: 2 }] };
    // aaa 1/64 × 64; one or two a's (36/64) × 2; bbb 27/64 × 1
    expect(slotsTheoreticalRtp(withAnyA)).toBeCloseTo(1 + 72 / 64 + 27 / 64, 12);
    expect(lineMultiplier(['a', 'a', 'a'], withAnyA)).toBe(64);
  });

  it('puts the shipped paytable at 0.92 within 0.001', () => {
    expect(Math.abs(slotsTheoreticalRtp(config) - 0.92)).toBeLessThan(0.001);
  });
});
