// The limited-package API's shapes, as api/routes/limited.ts and admin-limited.ts answer them.

/** A limited package on sale now, as `GET /api/shop/limited` lists it for the caller. */
export interface LimitedPackage {
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
}

/** `GET /api/shop/limited`. */
export interface LimitedList {
  packages: LimitedPackage[];
  hold_ttl_seconds: number;
}

/** Why a hold (or a checkout's promo code) was refused. */
export type HoldBlockReason = 'INACTIVE' | 'OUT_OF_WINDOW' | 'OUT_OF_STOCK' | 'USER_LIMIT';
export type LimitedBlockReason = HoldBlockReason | 'PROMO_INVALID';

/** A refused attempt: 200 `{ success: false, reason }`. */
export interface Blocked<R extends LimitedBlockReason = LimitedBlockReason> {
  success: false;
  reason: R;
}

/** `POST /api/shop/limited/:code/holds`. */
export type PlaceHoldAnswer =
  | {
      success: true;
      hold_id: string;
      package_code: string;
      expires_at: string;
      price_cents: number;
      gold: number;
      currency: string;
      stock_left: number;
    }
  | Blocked<HoldBlockReason>;

export type HoldStatus = 'held' | 'checking_out' | 'sold' | 'released';

/** One hold, as its owner sees it. */
export interface Hold {
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

/** `POST /api/shop/promo/validate`: what the code would do to the package's price now. */
export interface PromoValidation {
  valid: boolean;
  price_cents: number;
  discount_cents: number;
  list_price_cents: number;
  reason: 'PROMO_INVALID' | null;
}

/** `POST /api/shop/limited/holds/:id/checkout` when it reached payment: the purchase. */
export interface LimitedPurchase {
  success: true;
  hold_id: string;
  receipt_code: string;
  status: 'pending' | 'success' | 'failed' | 'refunded';
  amount_cents: number;
  discount_cents: number;
  promo_code: string | null;
}

/** A limited package as operators see it (inactive ones included). */
export interface AdminLimitedPackage extends Omit<LimitedPackage, 'user_remaining'> {
  is_active: boolean;
  /** Units in open holds (held or being checked out). */
  held: number;
  sold: number;
  created_at: string;
  updated_at: string;
}

/** A promo code as operators see it. */
export interface PromoCode {
  code: string;
  discount_cents: number | null;
  discount_percent: number | null;
  /** Null: valid on every limited package. */
  package_code: string | null;
  starts_at: string | null;
  ends_at: string | null;
  /** Null: unlimited. */
  max_uses: number | null;
  used_count: number;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

/** An open hold as operators see it, with its workflow. */
export interface AdminHold extends Hold {
  user_id: string;
  workflow_id: string;
  temporal_ui_url: string;
}

/** The `limited_stock` live event: a package's stock moved. */
export interface LimitedStockEvent {
  code: string;
  stock_left: number;
}
