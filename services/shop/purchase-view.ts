import type { Product, Purchase } from '../../generated/prisma/client.ts';

/** A purchase as its owner sees it (REST answers and `purchase_update` events alike). */
export interface PurchaseView {
  receipt_code: string;
  product_id: number;
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

export const toPurchaseView = (p: Purchase & { product: Pick<Product, 'name'> }): PurchaseView => ({
  receipt_code: p.receiptCode,
  product_id: p.productId,
  product_name: p.product.name,
  gold: p.gold,
  amount_cents: p.amountCents,
  currency: p.currency,
  status: p.status,
  failure_reason: p.failureReason,
  created_at: p.createdAt.toISOString(),
  updated_at: p.updatedAt.toISOString(),
  completed_at: p.completedAt?.toISOString() ?? null,
});
