/** A player's profile as `GET /api/auth/me` returns it (the one profile read). */
export interface Profile {
  id: string;
  login_id: string;
  nickname: string;
  phone: string | null;
  role: 'STANDARD' | 'VIP' | 'ADMIN';
  vip_points: number;
  gold_balance: number;
  created_at: string;
}

/** The token pair login, signup and refresh answer with; only the web server ever holds it. */
export interface Tokens {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_expires_at: string;
}

/** What signup and login answer with. */
export interface AuthResult {
  user: Profile;
  tokens: Tokens;
}

/** One append-only change of gold, as the ledger lists it (newest first). */
export interface LedgerEntry {
  id: string;
  delta: number;
  reason: string;
  ref: string | null;
  balance_after: number;
  created_at: string;
}

/** One page of the ledger; `next_cursor` is null on the last page. */
export interface LedgerPage {
  items: LedgerEntry[];
  next_cursor: string | null;
}

/** One product of the shop catalog, as `GET /api/shop/catalog` lists it. */
export interface Product {
  id: number;
  name: string;
  gold: number;
  price_cents: number;
  list_price_cents: number;
  discount_percent: number;
  discount_ends_at: string | null;
  currency?: string;
  vip_only: boolean;
  /** False when the product is VIP-only and the player is not VIP. */
  available: boolean;
  catalog_version: 1 | 2;
}

/** Where a purchase stands; it only moves pending → success | failed, and success → refunded. */
export type PurchaseStatus = 'pending' | 'success' | 'failed' | 'refunded';

/** One purchase of a gold pack with real money. */
export interface Purchase {
  receipt_code: string;
  /** The catalog product; null for a limited package (bought through a hold). */
  product_id: number | null;
  /** The limited package bought, if it was one (absent from older answers). */
  limited_package_code?: string | null;
  /** The promo code applied to a limited package's price, if any. */
  promo_code?: string | null;
  product_name: string;
  gold: number;
  amount_cents: number;
  currency: string;
  status: PurchaseStatus;
  failure_reason: string | null;
  created_at: string;
  updated_at: string;
  completed_at: string | null;
}

/** One page of the purchase history; `next_cursor` is null on the last page. */
export interface PurchasePage {
  items: Purchase[];
  next_cursor: string | null;
}

/** A purchase as the operators' list shows it, with the player and the workflow. */
export interface AdminPurchase extends Purchase {
  user_id: string;
  nickname: string;
  provider_payment_id: string | null;
  phase: string | null;
  temporal_ui_url: string | null;
}

/** What an operator action (retry, fail, refund) answers with. */
export interface AdminActionResult {
  purchase: Purchase;
  message: string;
}

/** What the polling fallback of the live updates answers with (GET /events/poll). */
export interface LiveSnapshot {
  gold_balance: number | null;
  purchases: Purchase[];
}
