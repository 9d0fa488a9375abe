// Test helpers for the game rules: scripted random sources that make a round come out as chosen.
import type { SlotsConfig } from '../../../domain/games/config.ts';
import type { RandomSource } from '../../../domain/games/random.ts';

/** A RandomSource that returns the given floats in order and fails loudly when a rule asks for more. */
export function scripted(values: readonly number[]): RandomSource & { readonly used: number } {
  let i = 0;
  return {
    next() {
      const value = values[i];
      if (value === undefined) throw new Error(`scripted random source exhausted after ${values.length} draws`);
      i += 1;
      return value;
    },
    get used() {
      return i;
    },
  };
}

/** A RandomSource that always returns the same float. */
export function constant(value: number): RandomSource {
  return { next: () => value };
}

/** The float that lands in the middle of a symbol's weight band on a reel. */
export function unitForSymbol(id: string, config: SlotsConfig): number {
  const total = config.symbols.reduce((sum, s) => sum + s.weight, 0);
  let before = 0;
  for (const symbol of config.symbols) {
    if (symbol.id === id) return (before + symbol.weight / 2) / total;
    before += symbol.weight;
  }
  throw new Error(`no symbol ${id}`);
}
