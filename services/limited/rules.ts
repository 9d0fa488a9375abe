// Pure rules of limited packages and promo codes: sale windows, promo validity and discounts.
// No I/O: shared by the activities (which decide under locks) and the API (which pre-checks).
import { z } from 'zod';

/** A package or promo code: 2-40 of A-Z, 0-9, `_` and `-`; what players type is upper-cased. */
export const ZLimitedCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, 'must be 2-40 letters, digits, _ or -');

/** A sale window; either end may be open (null). */
export interface SaleWindow {
  startsAt: Date | null;
  endsAt: Date | null;
}

/** True when `now` is inside the window: from `startsAt` (inclusive) to `endsAt` (exclusive). */
export const inWindow = (w: SaleWindow, now: Date): boolean =>
  (w.startsAt === null || w.startsAt.getTime() <= now.getTime()) && (w.endsAt === null || now.getTime() < w.endsAt.getTime());

/** Why a package cannot be held now, before stock and the per-user limit are looked at. */
export function saleRefusal(pkg: SaleWindow & { isActive: boolean }, now: Date): 'INACTIVE' | 'OUT_OF_WINDOW' | null {
  if (!pkg.isActive) return 'INACTIVE';
  if (!inWindow(pkg, now)) return 'OUT_OF_WINDOW';
  return null;
}

/** The promo code fields the rules read. */
export interface PromoTerms extends SaleWindow {
  discountCents: number | null;
  discountPercent: number | null;
  packageCode: string | null;
  maxUses: number | null;
  usedCount: number;
  isActive: boolean;
}

/** Cents off a price: a fixed amount, or a percentage rounded down to the cent (the player pays the rounding up). */
export function discountCentsFor(promo: Pick<PromoTerms, 'discountCents' | 'discountPercent'>, priceCents: number): number {
  if (promo.discountCents !== null) return promo.discountCents;
  return Math.floor((priceCents * (promo.discountPercent ?? 0)) / 100);
}

/** Why a promo code does not apply (to this package, now); null when it does. */
export type PromoRefusal = 'inactive' | 'out_of_window' | 'used_up' | 'other_package' | 'exceeds_price';

/**
 * Checks a promo code against a package's price. A discount must leave at least one cent to
 * charge: a code worth the whole price is refused rather than giving the package away.
 */
export function promoRefusal(promo: PromoTerms, opts: { packageCode: string; priceCents: number; now: Date }): PromoRefusal | null {
  if (!promo.isActive) return 'inactive';
  if (!inWindow(promo, opts.now)) return 'out_of_window';
  if (promo.maxUses !== null && promo.usedCount >= promo.maxUses) return 'used_up';
  if (promo.packageCode !== null && promo.packageCode !== opts.packageCode) return 'other_package';
  if (discountCentsFor(promo, opts.priceCents) >= opts.priceCents) return 'exceeds_price';
  return null;
}
