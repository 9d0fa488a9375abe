import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GAME_CONFIG,
  GameConfigError,
  gameReturns,
  RETURN_TARGETS,
  validateGameConfig,
  type GameConfig,
} from '../../../domain/games/config.ts';

const base = DEFAULT_GAME_CONFIG;

function issuesOf(input: unknown): readonly string[] {
  try {
    validateGameConfig(input);
  } catch (error) {
    if (error instanceof GameConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('validateGameConfig', () => {
  it('accepts the shipped defaults, every return within 0.001 of its target', () => {
    expect(validateGameConfig(structuredClone(base))).toEqual(base);
    const returns = gameReturns(base);
    for (const game of ['slots', 'rps', 'crash', 'gacha'] as const) {
      expect(Math.abs(returns[game] - RETURN_TARGETS[game])).toBeLessThanOrEqual(0.001);
    }
  });

  it('rejects a slots paytable whose exact RTP drifts off 0.92 (three sevens raised from 50x to 100x)', () => {
    const paytable = base.slots.paytable.map((rule) => (rule.symbol === 'seven' ? { ...rule, multiplier: 100 } : rule));
    const issues = issuesOf({ ...base, slots: { ...base.slots, paytable } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^slots return 0\.92189 is off target 0\.92 ± 0\.001$/);
  });

  it('rejects reel weights that move the slots RTP (one more cherry)', () => {
    const symbols = base.slots.symbols.map((s) => (s.id === 'cherry' ? { ...s, weight: s.weight + 1 } : s));
    expect(issuesOf({ ...base, slots: { ...base.slots, symbols } })).toEqual([expect.stringMatching(/^slots return/)]);
  });

  it('rejects RPS paying 2x on a win (return 1.00), yet accepts any multipliers that return 0.95', () => {
    expect(issuesOf({ ...base, rps: { ...base.rps, winMultiplier: 2 } })).toEqual([expect.stringMatching(/^rps return 1\.00000/)]);
    expect(issuesOf({ ...base, rps: { ...base.rps, winMultiplier: 2.85, drawMultiplier: 0 } })).toEqual([]);
  });

  it('rejects a crash house edge of 5% instead of 7%', () => {
    const issues = issuesOf({ ...base, crash: { ...base.crash, houseEdge: 0.05 } });
    expect(issues).toHaveLength(3);
    expect(issues.every((issue) => issue.startsWith('crash'))).toBe(true);
  });

  it('rejects a gacha whose Legendary is worth more, and a discounted 10-pull', () => {
    const rarities = { ...base.gacha.rarities, Legendary: { ...base.gacha.rarities.Legendary, value: 100_000 } };
    expect(issuesOf({ ...base, gacha: { ...base.gacha, rarities } })).toHaveLength(2);
    expect(issuesOf({ ...base, gacha: { ...base.gacha, cost: { single: 5000, ten: 45_000 } } })).toEqual([
      expect.stringMatching(/^gacha \(10 pulls\) return 0\.9998\d is off target 0\.9/),
    ]);
  });

  it('rejects rarity probabilities that do not sum to 1', () => {
    const rarities = { ...base.gacha.rarities, Common: { ...base.gacha.rarities.Common, probability: 0.7 } };
    expect(issuesOf({ ...base, gacha: { ...base.gacha, rarities } })).toEqual([expect.stringContaining('sum to')]);
  });

  it('rejects unknown keys, unknown paytable symbols and multipliers with 3 decimals', () => {
    expect(issuesOf({ ...base, jackpot: 1 })).not.toEqual([]);
    const paytable = [...base.slots.paytable, { symbol: 'diamond', count: 3, multiplier: 5 }];
    expect(issuesOf({ ...base, slots: { ...base.slots, paytable } })).toEqual([expect.stringContaining('unknown symbol diamond')]);
    expect(issuesOf({ ...base, rps: { ...base.rps, winMultiplier: 1.855 } })).toEqual([expect.stringContaining('2 decimals')]);
  });

  it('reports the problems of every game at once', () => {
    const broken: GameConfig = {
      ...base,
      rps: { ...base.rps, winMultiplier: 2 },
      crash: { ...base.crash, houseEdge: 0.01 },
    };
    const issues = issuesOf(broken);
    expect(issues.some((issue) => issue.startsWith('rps'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('crash'))).toBe(true);
  });

  it('ships frozen defaults so no caller can change them for everyone', () => {
    expect(() => {
      (base.gacha.cost as { single: number }).single = 1;
    }).toThrow(TypeError);
  });
});
