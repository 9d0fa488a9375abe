import { describe, expect, it } from 'vitest';
import { CATALOG_V2, priceAt } from '../../domain/shop/catalog.ts';

const now = new Date('2026-11-27T00:00:00Z');
const priced = (id: number, endsAt: Date | null = null) => {
  const d = CATALOG_V2.find((p) => p.id === id)!;
  return { listPriceCents: d.listPriceCents, discountPercent: d.discountPercent, discountEndsAt: endsAt };
};

describe('catalog prices', () => {
  it.each([
    [2001, 199],
    [2002, 499],
    [2003, 1_099],
    [2004, 2_299],
  ])('sells product %i for %i cents while its discount runs', (id, cents) => {
    expect(priceAt(priced(id, id === 2004 ? new Date(now.getTime() + 14 * 86_400_000) : null), now)).toBe(cents);
  });

  it('ends the 14-day Whale discount by itself', () => {
    const ends = new Date(now.getTime() + 14 * 86_400_000);
    expect(priceAt(priced(2004, ends), new Date(ends.getTime() - 1))).toBe(2_299);
    expect(priceAt(priced(2004, ends), ends)).toBe(2_705);
  });
});
