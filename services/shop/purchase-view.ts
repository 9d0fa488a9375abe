import type { LimitedPackage, Product, Purchase } from '../../generated/prisma/client.ts';

/** A purchase as its owner sees it (REST answers and `purchase_update` events alike). */
export interface PurchaseView {
  receipt_code: string;
  /** The catalog product; null when a limited package was bought. */
  product_id: number | null;
  /** The limited package bought through a hold; null for a catalog product. */
  limited_package_code: string | null;
  /** The promo code applied to a limited package's price, if any. */
  promo_code: string | null;
  product_name: string;
  gold: number;
  amount_cents: number;
  currency: string;
  status: Purchase['status'];
  failure_reason: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

/** What toPurchaseView reads besides the row: pass it as the `include` of purchase queries. */
export const PURCHASE_VIEW_INCLUDE = { product: { select: { name: true } }, limitedPackage: { select: { name: true } } } as const;

/** The view of a purchase row read with PURCHASE_VIEW_INCLUDE (its product or limited package). */
export const toPurchaseView = (
  p: Purchase & { product: Pick<Product, 'name'> | null; limitedPackage: Pick<LimitedPackage, 'name'> | null },
): PurchaseView => ({
  receipt_code: p.receiptCode,
  product_id: p.productId,
  limited_package_code: p.limitedPackageCode,
  promo_code: p.promoCode,
  product_name: p.product?.name ?? p.limitedPackage?.name ?? p.limitedPackageCode ?? '',
  gold: p.gold,
  amount_cents: p.amountCents,
  currency: p.currency,
  status: p.status,
  failure_reason: p.failureReason,
  created_at: p.createdAt.toISOString(),
  updated_at: p.updatedAt.toISOString(),
  completed_at: p.completedAt?.toISOString() ?? null,
});
