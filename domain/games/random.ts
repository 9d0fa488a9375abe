/**
 * Randomness as the game rules see it: a stream of uniform floats in [0, 1).
 * Pure (no node built-ins), so crash workflow code and tests can import it.
 */

/** The one thing a game rule needs from randomness; real rounds pass the HMAC stream from fairness.ts, tests a seeded PRNG. */
export interface RandomSource {
  next(): number;
}

/** Reads one float from a source and refuses anything outside [0, 1), so a broken source cannot skew a paytable silently. */
export function drawUnit(rng: RandomSource): number {
  const u = rng.next();
  if (!(u >= 0 && u < 1)) throw new RangeError(`random source returned ${u}, expected a float in [0, 1)`);
  return u;
}

/** Maps a uniform float to an index in [0, n) with equal odds, e.g. the house's rock/paper/scissors. */
export function indexFromUnit(u: number, n: number): number {
  return Math.min(n - 1, Math.floor(u * n));
}

/**
 * A fast seeded PRNG (mulberry32) for simulations and tests: reproducible, millions of draws per
 * second, 2^32 period. Never use it for real rounds: it is neither committed nor verifiable.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}
