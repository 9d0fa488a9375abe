// Accounts, wallet and shop answers, derived from the API's generated contract ($lib/api/types).
import type { ApiResponse } from '$lib/api/types';

/** A player's profile as `GET /api/auth/me` returns it (the one profile read). */
export type Profile = ApiResponse<'/api/auth/me', 'get'>;

/** What signup and login answer with. */
export type AuthResult = ApiResponse<'/api/auth/login', 'post'>;

/** The token pair login, signup and refresh answer with; only the web server ever holds it. */
export type Tokens = AuthResult['tokens'];

/** One page of the ledger; `next_cursor` is null on the last page. */
export type LedgerPage = ApiResponse<'/api/wallet/ledger', 'get'>;

/** One append-only change of gold, as the ledger lists it (newest first). */
export type LedgerEntry = LedgerPage['items'][number];

/** One product of the shop catalog, as `GET /api/shop/catalog` lists it. */
export type Product = ApiResponse<'/api/shop/catalog', 'get'>['products'][number];

/** One purchase of a gold pack (or a limited package) with real money. */
export type Purchase = ApiResponse<'/api/shop/purchases/{receipt}', 'get'>;

/** Where a purchase stands; it only moves pending → success | failed, and success → refunded. */
export type PurchaseStatus = Purchase['status'];

/** One page of the purchase history; `next_cursor` is null on the last page. */
export type PurchasePage = ApiResponse<'/api/shop/purchases', 'get'>;

/** A purchase as the operators' list shows it, with the player and the workflow. */
export type AdminPurchase = ApiResponse<'/api/admin/purchases/', 'get'>['items'][number];

/** What an operator action (retry, fail, refund) answers with. */
export type AdminActionResult = ApiResponse<'/api/admin/purchases/{receipt}/retry', 'post'>;

/** What the web app's own polling fallback of the live updates answers with (GET /events/poll; not an API route). */
export interface LiveSnapshot {
  gold_balance: number | null;
  purchases: Purchase[];
}
