import type { LimitedHold, LimitedPackage, PromoCode } from '../../generated/prisma/client.ts';

/** A limited package as a player sees it, with what the caller may still buy. */
export interface LimitedPackageView {
  code: string;
  name: string;
  gold: number;
  price_cents: number;
  currency: string;
  stock_total: number;
  stock_left: number;
  per_user_limit: number;
  /** per_user_limit less the caller's open holds and completed buys. */
  user_remaining: number;
  starts_at: string | null;
  ends_at: string | null;
  /** Segments the package targets (empty = everyone). */
  segments: string[];
}

export type HoldStatus = 'held' | 'checking_out' | 'sold' | 'released';

/** A hold as its owner (and support) sees it. */
export interface HoldView {
  hold_id: string;
  package_code: string;
  status: HoldStatus;
  price_cents: number;
  gold: number;
  currency: string;
  expires_at: string;
  receipt_code: string | null;
  promo_code: string | null;
  release_reason: string | null;
  created_at: string;
  closed_at: string | null;
}

export const toHoldView = (h: LimitedHold): HoldView => ({
  hold_id: h.id,
  package_code: h.packageCode,
  status: h.status as HoldStatus,
  price_cents: h.priceCents,
  gold: h.gold,
  currency: h.currency,
  expires_at: h.expiresAt.toISOString(),
  receipt_code: h.receiptCode,
  promo_code: h.promoCode,
  release_reason: h.releaseReason,
  created_at: h.createdAt.toISOString(),
  closed_at: h.closedAt?.toISOString() ?? null,
});

/** A limited package as an operator sees it (inactive ones included). */
export interface AdminLimitedPackageView extends Omit<LimitedPackageView, 'user_remaining'> {
  is_active: boolean;
  /** Units in open holds (held or checking out) and units sold. */
  held: number;
  sold: number;
  created_at: string;
  updated_at: string;
}

export const toAdminPackageView = (p: LimitedPackage, counts: { held: number; sold: number }): AdminLimitedPackageView => ({
  code: p.code,
  name: p.name,
  gold: p.gold,
  price_cents: p.priceCents,
  currency: p.currency,
  stock_total: p.stockTotal,
  stock_left: p.stockLeft,
  per_user_limit: p.perUserLimit,
  starts_at: p.startsAt?.toISOString() ?? null,
  ends_at: p.endsAt?.toISOString() ?? null,
  segments: p.segments,
  is_active: p.isActive,
  held: counts.held,
  sold: counts.sold,
  created_at: p.createdAt.toISOString(),
  updated_at: p.updatedAt.toISOString(),
});

/** A promo code as an operator sees it. */
export interface PromoCodeView {
  code: string;
  discount_cents: number | null;
  discount_percent: number | null;
  package_code: string | null;
  starts_at: string | null;
  ends_at: string | null;
  max_uses: number | null;
  used_count: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

export const toPromoCodeView = (p: PromoCode): PromoCodeView => ({
  code: p.code,
  discount_cents: p.discountCents,
  discount_percent: p.discountPercent,
  package_code: p.packageCode,
  starts_at: p.startsAt?.toISOString() ?? null,
  ends_at: p.endsAt?.toISOString() ?? null,
  max_uses: p.maxUses,
  used_count: p.usedCount,
  is_active: p.isActive,
  created_at: p.createdAt.toISOString(),
  updated_at: p.updatedAt.toISOString(),
});
