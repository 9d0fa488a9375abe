// The gold packs and their prices. Pure: no I/O (the purchase workflow may import it).

/** A catalog entry as defined here and stored in `products`. */
export interface ProductDefinition {
  id: number;
  name: string;
  gold: number;
  listPriceCents: number;
  discountPercent: number;
  /** Days from seeding until the discount ends by itself; null = no end date. */
  discountDays: number | null;
  catalogVersion: 1 | 2;
  vipOnly: boolean;
}

/** Catalog 1: always on sale. Prices are ours (docs/domain.md leaves them open). */
export const CATALOG_V1: ProductDefinition[] = [
  { id: 1001, name: 'Pouch of Gold', gold: 1_000, listPriceCents: 99, discountPercent: 0, discountDays: null, catalogVersion: 1, vipOnly: false },
  { id: 1002, name: 'Sack of Gold', gold: 5_500, listPriceCents: 499, discountPercent: 0, discountDays: null, catalogVersion: 1, vipOnly: false },
  { id: 1003, name: 'Chest of Gold', gold: 12_000, listPriceCents: 999, discountPercent: 0, discountDays: null, catalogVersion: 1, vipOnly: false },
  { id: 1004, name: 'Vault of Gold', gold: 65_000, listPriceCents: 4_999, discountPercent: 0, discountDays: null, catalogVersion: 1, vipOnly: true },
];

/**
 * Catalog 2, behind ECONOMY_V2 (docs/domain.md): list prices are chosen so the discounted price is
 * exactly the advertised one (525 less 5% = 499, 1,221 less 10% = 1,099, 2,705 less 15% = 2,299).
 * The Whale discount runs for 14 days and then ends by itself.
 */
export const CATALOG_V2: ProductDefinition[] = [
  { id: 2001, name: 'Starter', gold: 2_600, listPriceCents: 199, discountPercent: 0, discountDays: null, catalogVersion: 2, vipOnly: false },
  { id: 2002, name: 'Value', gold: 6_000, listPriceCents: 525, discountPercent: 5, discountDays: null, catalogVersion: 2, vipOnly: false },
  { id: 2003, name: 'Premium', gold: 13_500, listPriceCents: 1_221, discountPercent: 10, discountDays: null, catalogVersion: 2, vipOnly: false },
  { id: 2004, name: 'Whale', gold: 30_000, listPriceCents: 2_705, discountPercent: 15, discountDays: 14, catalogVersion: 2, vipOnly: false },
];

/** The fields that decide a price. */
export interface Priced {
  listPriceCents: number;
  discountPercent: number;
  discountEndsAt: Date | null;
  /** A discount with a start date begins by itself (operators schedule them); null = already on. */
  discountStartsAt?: Date | null;
}

/** The discount in force at `now`: one with a start date begins, one with an end date lapses, by itself. */
export function activeDiscount(p: Priced, now: Date): number {
  if (p.discountPercent <= 0) return 0;
  if (p.discountStartsAt && p.discountStartsAt > now) return 0;
  if (p.discountEndsAt && p.discountEndsAt <= now) return 0;
  return p.discountPercent;
}

/** The price charged at `now`, in cents, rounded to the nearest cent. */
export function priceAt(p: Priced, now: Date): number {
  return Math.round((p.listPriceCents * (100 - activeDiscount(p, now))) / 100);
}
