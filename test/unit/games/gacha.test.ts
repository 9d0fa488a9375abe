import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG, type GachaConfig } from '../../../domain/games/config.ts';
import { gachaCost, gachaDailyLimit, gachaTheoreticalReturn, pullGacha, rarityForRoll } from '../../../domain/games/gacha.ts';
import { seededRandom } from '../../../domain/games/random.ts';
import { constant, scripted } from './helpers.ts';

const config = DEFAULT_GAME_CONFIG.gacha;
const COMMON_ROLL = 0.999; // deep in the Common band
const LEGENDARY_ROLL = 0.001; // inside [0, 0.005)

describe('gacha pity', () => {
  it('fires exactly at pull 90 since the last Legendary, not before', () => {
    let pityCounter = 0;
    for (let pull = 1; pull <= 89; pull++) {
      const result = pullGacha({ count: 1, pityCounter, rng: constant(COMMON_ROLL), config });
      expect(result.items[0]!.rarity).toBe('Common');
      pityCounter = result.pityCounterAfter;
    }
    expect(pityCounter).toBe(89);
    const ninetieth = pullGacha({ count: 1, pityCounter, rng: constant(COMMON_ROLL), config });
    expect(ninetieth.items[0]).toMatchObject({ rarity: 'Legendary', pity: true, value: config.rarities.Legendary.value });
    expect(ninetieth.pityCounterAfter).toBe(0);
  });

  it('fires on the right item inside a 10-pull and restarts counting after it', () => {
    const result = pullGacha({ count: 10, pityCounter: 85, rng: constant(COMMON_ROLL), config });
    expect(result.items.map((item) => item.rarity)).toEqual([
      'Common', 'Common', 'Common', 'Common', 'Legendary', 'Common', 'Common', 'Common', 'Common', 'Common',
    ]);
    expect(result.pityCounterAfter).toBe(5);
  });

  it('resets the counter on a natural Legendary', () => {
    const result = pullGacha({ count: 1, pityCounter: 40, rng: constant(LEGENDARY_ROLL), config });
    expect(result.items[0]).toMatchObject({ rarity: 'Legendary', pity: false });
    expect(result.pityCounterAfter).toBe(0);
  });
});

describe('gacha pools', () => {
  it('turns a Legendary roll into Common when the Legendary pool is empty', () => {
    const result = pullGacha({ count: 1, pityCounter: 3, poolStock: { Legendary: 0 }, rng: constant(LEGENDARY_ROLL), config });
    expect(result.items[0]).toEqual({
      rarity: 'Common', value: config.rarities.Common.value, nearMiss: false, pity: false, fallbackFrom: 'Legendary',
    });
    expect(result.pityCounterAfter).toBe(4);
    expect(result.poolConsumed).toEqual({});
  });

  it('keeps pity pending when the guaranteed Legendary meets an empty pool', () => {
    const result = pullGacha({ count: 1, pityCounter: 89, poolStock: { Legendary: 0 }, rng: constant(COMMON_ROLL), config });
    expect(result.items[0]).toMatchObject({ rarity: 'Common', pity: true, fallbackFrom: 'Legendary' });
    expect(result.pityCounterAfter).toBe(90);
  });

  it('draws down a limited pool within one 10-pull and reports what it consumed', () => {
    const result = pullGacha({ count: 10, pityCounter: 0, poolStock: { Legendary: 2 }, rng: constant(LEGENDARY_ROLL), config });
    expect(result.items.map((item) => item.rarity)).toEqual(['Legendary', 'Legendary', ...Array(8).fill('Common')]);
    expect(result.poolConsumed).toEqual({ Legendary: 2 });
  });

  it('treats a null stock as unlimited', () => {
    const result = pullGacha({ count: 10, pityCounter: 0, poolStock: { Legendary: null }, rng: constant(LEGENDARY_ROLL), config });
    expect(result.items.every((item) => item.rarity === 'Legendary')).toBe(true);
    expect(result.poolConsumed).toEqual({});
  });

  it('refuses a limited Common pool, since Common is the fallback', () => {
    expect(() => pullGacha({ count: 1, pityCounter: 0, poolStock: { Common: 5 }, rng: constant(COMMON_ROLL), config })).toThrow(RangeError);
  });
});

describe('gacha costs and payouts', () => {
  it('charges 50,000 for a 10-pull and 5,000 for a single pull', () => {
    expect(pullGacha({ count: 10, pityCounter: 0, rng: seededRandom(1), config }).cost).toBe(50_000);
    expect(pullGacha({ count: 1, pityCounter: 0, rng: seededRandom(1), config }).cost).toBe(5000);
    expect(gachaCost(10, config)).toBe(50_000);
  });

  it('pays the sum of the items values', () => {
    const rng = scripted([LEGENDARY_ROLL, 0.01, 0.1, ...Array(7).fill(COMMON_ROLL)]);
    const result = pullGacha({ count: 10, pityCounter: 0, rng, config });
    const { Common, Rare, Epic, Legendary } = config.rarities;
    expect(result.items.map((item) => item.rarity).slice(0, 4)).toEqual(['Legendary', 'Epic', 'Rare', 'Common']);
    expect(result.payout).toBe(Legendary.value + Epic.value + Rare.value + 7 * Common.value);
    expect(rng.used).toBe(10);
  });

  it('allows 3 pulls a day to STANDARD players and 5 to VIPs', () => {
    expect(gachaDailyLimit('STANDARD', config)).toBe(3);
    expect(gachaDailyLimit('VIP', config)).toBe(5);
  });
});

describe('gacha near misses', () => {
  // Default bands: Legendary [0, 0.005), Epic [0.005, 0.05), Rare [0.05, 0.2), Common [0.2, 1).
  it.each([
    [0.0051, 'Epic', true],
    [0.0249, 'Epic', true],
    [0.0251, 'Epic', false],
    [0.0501, 'Rare', true],
    [0.0699, 'Rare', true],
    [0.0701, 'Rare', false],
    [0.2001, 'Common', false], // just past Rare, which is not a near-miss rarity
    [0.001, 'Legendary', false],
  ] as const)('reads roll %f as %s with nearMiss %s', (u, rarity, nearMiss) => {
    expect(rarityForRoll(u, config)).toEqual({ rarity, nearMiss });
  });

  it('never flags a pity item as a near miss', () => {
    const result = pullGacha({ count: 1, pityCounter: 89, rng: constant(0.0051), config });
    expect(result.items[0]).toMatchObject({ rarity: 'Legendary', nearMiss: false });
  });

  it('flags about 4% of natural pulls (two 2% windows)', () => {
    const rng = seededRandom(99);
    let near = 0;
    for (let i = 0; i < 100_000; i++) if (rarityForRoll(rng.next(), config).nearMiss) near++;
    expect(near / 100_000).toBeGreaterThan(0.037);
    expect(near / 100_000).toBeLessThan(0.043);
  });
});

describe('gacha theoretical return', () => {
  it('puts the shipped config at 0.90 within 0.001, for 1- and 10-pulls', () => {
    expect(gachaTheoreticalReturn(1, config)).toBeCloseTo(0.9, 3);
    expect(gachaTheoreticalReturn(10, config)).toBeCloseTo(0.9, 3);
  });

  it('counts every pull as Legendary when pity is at pull 1', () => {
    const always: GachaConfig = { ...config, pityAt: 1 };
    expect(gachaTheoreticalReturn(1, always)).toBeCloseTo(config.rarities.Legendary.value / config.cost.single, 12);
  });

  it('counts one Legendary per pityAt pulls when the Legendary probability is 0', () => {
    const rarities = {
      Common: { probability: 1, value: 1000 },
      Rare: { probability: 0, value: 0 },
      Epic: { probability: 0, value: 0 },
      Legendary: { probability: 0, value: 10_000 },
    };
    const pityOnly: GachaConfig = { ...config, rarities, pityAt: 10 };
    // 9 Commons and 1 Legendary per 10 pulls: (9 × 1000 + 10,000) / 10 / 5000
    expect(gachaTheoreticalReturn(1, pityOnly)).toBeCloseTo(0.38, 12);
  });
});
