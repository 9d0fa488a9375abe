import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG, type CrashConfig } from '../../../domain/games/config.ts';
import {
  crashPointFromFloat,
  crashTheoreticalReturn,
  crashTimeMs,
  decideCashout,
  isValidCashoutTarget,
  multiplierAt,
  settleCrash,
  timeToReach,
} from '../../../domain/games/crash.ts';
import { seededRandom } from '../../../domain/games/random.ts';

const config = DEFAULT_GAME_CONFIG.crash;

describe('crash point', () => {
  // Real floats are k / 2^32, so these are exact: 1 - u carries no rounding.
  it.each([
    [0, 1],
    [0.07, 1], // 0.93 / 0.93 = 1.00
    [0.5, 1.86], // floor(93 / 0.5) / 100
    [0.535, 2],
    [0.75, 3.72],
    [1 - 2 ** -10, 952.32], // 93 × 1024 cents
    [0.99991, 1000], // 1,033.33 before the cap
    [1 - 2 ** -32, 1000],
  ])('maps u = %f to %f', (u, expected) => {
    expect(crashPointFromFloat(u, config)).toBe(expected);
  });

  it('never falls below 1.00 nor exceeds 1,000 and always has 2 decimals, over a million draws', () => {
    const rng = seededRandom(7);
    let min = Infinity;
    let max = -Infinity;
    let offGrid = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const point = crashPointFromFloat(rng.next(), config);
      min = Math.min(min, point);
      max = Math.max(max, point);
      if (Math.round(point * 100) / 100 !== point) offGrid++;
    }
    expect(min).toBe(1);
    expect(max).toBeLessThanOrEqual(1000);
    expect(offGrid).toBe(0);
  });

  it('refuses a float outside [0, 1)', () => {
    expect(() => crashPointFromFloat(1, config)).toThrow(RangeError);
    expect(() => crashPointFromFloat(-0.1, config)).toThrow(RangeError);
    expect(() => crashPointFromFloat(Number.NaN, config)).toThrow(RangeError);
  });

  it('returns 1 - edge (0.93) to a player who always cashes out at the same target', () => {
    for (const target of [1.01, 1.5, 2, 10, 100, 1000]) expect(crashTheoreticalReturn(target, config)).toBeCloseTo(0.93, 12);
    expect(crashTheoreticalReturn(1000.01, config)).toBe(0);
  });
});

describe('crash multiplier curve', () => {
  it('starts at 1.00 and never goes down', () => {
    expect(multiplierAt(0, config)).toBe(1);
    let previous = 1;
    for (let ms = 0; ms <= 60_000; ms += 7) {
      const m = multiplierAt(ms, config);
      expect(m).toBeGreaterThanOrEqual(previous);
      previous = m;
    }
    expect(previous).toBeGreaterThan(1000); // the cap is reached within a minute
  });

  it('reaches 2.00x after about 5.8 s with the shipped growth rate', () => {
    expect(timeToReach(2, config)).toBeGreaterThan(5700);
    expect(timeToReach(2, config)).toBeLessThan(5900);
  });

  it('inverts exactly: timeToReach(m) is the first whole ms at which the multiplier is at least m', () => {
    const fast: CrashConfig = { ...config, growthPerSecond: 40 };
    for (const curve of [config, fast]) {
      for (let cents = 101; cents <= 100_000; cents += cents < 1000 ? 1 : 97) {
        const m = cents / 100;
        const t = timeToReach(m, curve);
        expect(multiplierAt(t, curve)).toBeGreaterThanOrEqual(m);
        if (t > 0) expect(multiplierAt(t - 1, curve)).toBeLessThan(m);
      }
    }
    expect(timeToReach(1, config)).toBe(0);
  });

  it('floors a fractional elapsed time to the whole ms and refuses a negative one', () => {
    expect(multiplierAt(5000.9, config)).toBe(multiplierAt(5000, config));
    expect(() => multiplierAt(-1, config)).toThrow(RangeError);
  });
});

describe('crash cashout race', () => {
  const crashPoints = [1, 1.01, 1.02, 1.5, 1.86, 2, 3.33, 10, 57.21, 999.99, 1000];

  it('pays a cashout up to the last ms before the crash and refuses it from the crash ms on', () => {
    for (const crashPoint of crashPoints) {
      const end = crashTimeMs(crashPoint, config);
      const before = decideCashout(crashPoint, end - 1, config);
      if (crashPoint < config.minCashout) {
        expect(before.kind).toBe('too_early');
      } else {
        expect(before).toEqual({ kind: 'cashed_out', multiplier: multiplierAt(end - 1, config) });
        expect(multiplierAt(end - 1, config)).toBeLessThanOrEqual(crashPoint);
      }
      expect(decideCashout(crashPoint, end, config)).toEqual({ kind: 'crashed' });
      expect(decideCashout(crashPoint, end - 0.001, config)).toEqual(before);
    }
  });

  it('lets an instant 1.00x crash beat every cashout', () => {
    for (let ms = 0; ms < 2000; ms += 3) expect(decideCashout(1, ms, config).kind).not.toBe('cashed_out');
  });

  it('decides the same (crash point, elapsed ms) race identically on every repeat', () => {
    const rng = seededRandom(2024);
    const cases = Array.from({ length: 5000 }, () => {
      const crashPoint = crashPointFromFloat(rng.next(), config);
      const end = crashTimeMs(crashPoint, config);
      return { crashPoint, elapsed: Math.max(0, end - 1 + Math.floor(rng.next() * 3)) }; // end-1, end or end+1
    });
    const decide = () => cases.map(({ crashPoint, elapsed }) => decideCashout(crashPoint, elapsed, config));
    const first = decide();
    expect(decide()).toEqual(first);
    expect(decide()).toEqual(first);
    expect(first.some((d) => d.kind === 'crashed')).toBe(true);
    expect(first.some((d) => d.kind === 'cashed_out')).toBe(true);
  });

  it('pays an auto-cashout set exactly at the crash point', () => {
    expect(decideCashout(2, timeToReach(2, config), config)).toEqual({ kind: 'cashed_out', multiplier: 2 });
    expect(settleCrash({ bet: 100, crashPoint: 2, cashoutAt: 2 })).toBe(200);
  });

  it('accepts auto-cashout targets from 1.01x to 1,000x with 2 decimals', () => {
    expect(isValidCashoutTarget(1.01, config)).toBe(true);
    expect(isValidCashoutTarget(1000, config)).toBe(true);
    expect(isValidCashoutTarget(1, config)).toBe(false);
    expect(isValidCashoutTarget(1000.01, config)).toBe(false);
    expect(isValidCashoutTarget(2.005, config)).toBe(false);
  });
});

describe('crash settlement', () => {
  it.each([
    [100, 1.15, 115], // 100 × 1.15 is 114.99999999999999 in floats
    [7, 1.5, 10],
    [333, 2.99, 995],
    [10, 1000, 10_000],
  ])('pays floor(%i × %f) = %i when cashing out below the crash point', (bet, cashoutAt, payout) => {
    expect(settleCrash({ bet, crashPoint: 1000, cashoutAt })).toBe(payout);
  });

  it('pays nothing when the cashout target is above the crash point or the player never cashed out', () => {
    expect(settleCrash({ bet: 100, crashPoint: 1.99, cashoutAt: 2 })).toBe(0);
    expect(settleCrash({ bet: 100, crashPoint: 50 })).toBe(0);
    expect(settleCrash({ bet: 100, crashPoint: 50, cashoutAt: null })).toBe(0);
  });
});

describe('crash.ts as workflow code', () => {
  const dir = path.resolve(import.meta.dirname, '../../../domain/games');

  /** Runtime imports (type-only imports are erased) of a file, followed through local files. */
  function runtimeImports(file: string, seen = new Set<string>()): string[] {
    if (seen.has(file)) return [];
    seen.add(file);
    const source = readFileSync(path.join(dir, file), 'utf8');
    const specifiers = [...source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    return specifiers.flatMap((spec) => (spec.startsWith('./') ? [spec, ...runtimeImports(spec.slice(2), seen)] : [spec]));
  }

  it('imports nothing but pure local files (no node built-ins, crypto, zod or fairness)', () => {
    const imports = runtimeImports('crash.ts');
    expect(imports).toEqual(['./payout.ts']);
  });

  it('has an import scanner that does see crypto where it is used', () => {
    expect(runtimeImports('fairness.ts')).toContain('node:crypto');
  });
});
