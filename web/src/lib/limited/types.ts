// Limited packages, holds and promo codes, derived from the API's generated contract.
import type { ApiResponse } from '$lib/api/types';

/** The sale list: packages inside their window and how long a hold keeps its unit. */
export type LimitedList = ApiResponse<'/api/shop/limited', 'get'>;

/** A limited package as a player sees it, with the caller's remaining allowance. */
export type LimitedPackage = LimitedList['packages'][number];

/** What placing a hold answers: held (201), or blocked / an earlier answer (200). */
export type PlaceHoldAnswer = ApiResponse<'/api/shop/limited/{code}/holds', 'post', 201> | ApiResponse<'/api/shop/limited/{code}/holds', 'post', 200>;

/** A refused hold: the reason, and nothing changed. */
export type Blocked = Extract<PlaceHoldAnswer, { success: false }>;

/** Why a hold was refused. */
export type HoldBlockReason = Blocked['reason'];

/** Why a limited action was refused, promo codes included. */
export type LimitedBlockReason = HoldBlockReason | 'PROMO_INVALID';

/** One hold of the caller. */
export type Hold = ApiResponse<'/api/shop/limited/holds/{id}', 'get'>;

/** A promo code preview. */
export type PromoValidation = ApiResponse<'/api/shop/promo/validate', 'post'>;

/** What a checkout answers: the purchase (201, or 200 for a retry), or a refused promo code (200). */
export type CheckoutAnswer = ApiResponse<'/api/shop/limited/holds/{id}/checkout', 'post', 201> | ApiResponse<'/api/shop/limited/holds/{id}/checkout', 'post', 200>;

/** A limited package as operators see it (inactive ones included, with units held and sold). */
export type AdminLimitedPackage = ApiResponse<'/api/admin/limited/packages', 'get'>['items'][number];

/** A promo code as operators see it. */
export type PromoCode = ApiResponse<'/api/admin/limited/promo-codes', 'get'>['items'][number];

/** An open hold as operators see it, with its workflow. */
export type AdminHold = ApiResponse<'/api/admin/limited/holds', 'get'>['items'][number];

/** The `limited_stock` server-sent event (not a REST answer: the SSE stream declares no schema). */
export interface LimitedStockEvent {
  code: string;
  stock_left: number;
}
