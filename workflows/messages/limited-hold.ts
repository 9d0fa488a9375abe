// The limited hold process's contract: its input, state, updates, queries and failure types.
// The API's services, the activities and the workflow share these; none imports the workflow body.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { PurchaseInput, PurchaseStatus } from './purchase.ts';

/** Everything a hold needs, fixed when it starts. */
export interface LimitedHoldInput {
  holdId: string;
  userId: string;
  packageCode: string;
  /** How long the unit is kept for checkout (LIMITED_HOLD_TTL_SECONDS). */
  ttlMs: number;
  /** Passed on to the child PurchaseWorkflow. */
  purchaseTiming: PurchaseInput['timing'];
  /** How long a checkout waits for the payment's decision before answering `pending`. */
  checkoutWaitMs: number;
}

/** Why a hold was refused (docs/domain.md: blocked attempts answer 200 `{ success: false, reason }`). */
export type HoldRefusalReason = 'INACTIVE' | 'OUT_OF_WINDOW' | 'OUT_OF_STOCK' | 'USER_LIMIT';

/** The outcome of the reservation, answered by `awaitReservationUpdate`. */
export type Reservation =
  | { success: true; holdId: string; packageCode: string; packageName: string; priceCents: number; gold: number; currency: string; expiresAt: string; stockLeft: number }
  | { success: false; reason: HoldRefusalReason };

/** A checkout of the hold, as the API sends it. The receipt names the child purchase. */
export interface CheckoutRequest {
  receiptCode: string;
  /** The purchase row's idempotency key (one purchase per hold, so derived from the hold). */
  idempotencyKey: string;
  /** SHA-256 of the checkout body: the same receipt with another body is refused. */
  requestHash: string;
  paymentMethod: string;
  promoCode: string | null;
}

/** A checkout's answer: the purchase (status may still be pending), or a refused promo code. */
export type CheckoutResult =
  | { success: true; receiptCode: string; status: PurchaseStatus; failureReason: string | null; amountCents: number; discountCents: number; promoCode: string | null }
  | { success: false; receiptCode: string; reason: 'PROMO_INVALID' };

export type HoldPhase = 'reserving' | 'refused' | 'held' | 'checking_out' | 'sold' | 'releasing' | 'released';

/** The hold as the workflow sees it (the `holdState` query and the cancel answer). */
export interface LimitedHoldState {
  holdId: string;
  userId: string;
  packageCode: string;
  phase: HoldPhase;
  reservation: Reservation | null;
  /** The checkout that reached payment (one per hold at most). */
  receiptCode: string | null;
  releaseReason: string | null;
}

/** Waits until the unit is reserved or refused; answers with the reservation. Sent with the start. */
export const awaitReservationUpdate = defineUpdate<Reservation>('awaitReservation');
/** Pays for the held unit through a child PurchaseWorkflow; answers once decided or after `checkoutWaitMs` as pending. */
export const checkoutUpdate = defineUpdate<CheckoutResult, [CheckoutRequest]>('checkout');
/** The player gives the unit back; answers once it is back in stock. */
export const cancelHoldUpdate = defineUpdate<LimitedHoldState>('cancelHold');
export const holdStateQuery = defineQuery<LimitedHoldState>('holdState');

/** Update failure types, mapped by the API to 409 / 422. */
export const HOLD_FAILURE = {
  /** The hold expired, was cancelled or released: nothing to check out or cancel. */
  closed: 'HoldClosed',
  /** A checkout of this hold already reached payment (or is being started) under another receipt. */
  checkedOut: 'HoldCheckedOut',
  /** The same receipt (idempotency key) with a different body. */
  keyReused: 'IdempotencyKeyReused',
} as const;

/** The workflow's signature, for starting it by name (`limitedHoldWorkflow`) without importing its body. */
export type LimitedHoldWorkflow = (input: LimitedHoldInput) => Promise<LimitedHoldState>;
/** The registered workflow type name. */
export const LIMITED_HOLD_WORKFLOW = 'limitedHoldWorkflow';
