// The purchase process's contract: its input, state, signals, updates and queries. The API's
// services, the activities and the workflow share these; none of them imports the workflow body.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { PaymentWebhookEvent } from '../../domain/payments.ts';

/** Everything a purchase needs, fixed when it starts (prices and timings do not move under it). */
export interface PurchaseInput {
  receiptCode: string;
  userId: string;
  /** The catalog product; null when a limited package is bought (through LimitedHoldWorkflow). */
  productId: number | null;
  /** The limited package bought through a hold, at the held price (absent for catalog products). */
  limitedPackageCode?: string;
  /** The promo code already counted for this purchase; `amountCents` is the discounted price. */
  promoCode?: string;
  productName: string;
  gold: number;
  amountCents: number;
  currency: string;
  paymentMethod: string;
  idempotencyKey: string;
  /** SHA-256 of the request body: the same key with another body is refused. */
  requestHash: string;
  timing: { pollInitialMs: number; pollMaxMs: number; pendingDeadlineMs: number };
  /** How authorize and capture run in the lean path (PURCHASE_PROVIDER_CALLS); absent: `local`. */
  providerCalls?: 'local' | 'regular';
}

export type PurchaseStatus = 'pending' | 'success' | 'failed' | 'refunded';
export type PurchasePhase = 'authorizing' | 'awaiting_provider' | 'capturing' | 'granting' | 'voiding' | 'completed' | 'failed';

/** The purchase as the workflow sees it; also what `awaitDecisionUpdate` answers. */
export interface PurchaseState {
  receiptCode: string;
  userId: string;
  productId: number | null;
  limitedPackageCode: string | null;
  requestHash: string;
  status: PurchaseStatus;
  phase: PurchasePhase;
  failureReason: string | null;
  providerPaymentId: string | null;
  providerStatus: string | null;
  polls: number;
}

/** An operator's instruction, with who and why (also written to the audit log). */
export interface OperatorAction {
  adminId: string;
  reason: string;
}

/** The provider's webhook, forwarded by the API after its signature was verified. */
export const paymentEventSignal = defineSignal<[PaymentWebhookEvent]>('paymentEvent');
/** Waits up to `waitMs` for a decision (or for the provider to report pending), then answers the state. */
export const awaitDecisionUpdate = defineUpdate<PurchaseState, [{ waitMs: number }]>('awaitDecision');
/** Support: check the provider now instead of waiting for the next poll. */
export const retryNowUpdate = defineUpdate<PurchaseState, [OperatorAction]>('retryNow');
/** Support: give up on a purchase still waiting for the provider; the authorization is voided. */
export const failUpdate = defineUpdate<PurchaseState, [OperatorAction]>('fail');
export const purchaseStateQuery = defineQuery<PurchaseState>('purchaseState');

/** The workflow's signature, for starting it by name (`purchaseWorkflow`) without importing its body. */
export type PurchaseWorkflow = (input: PurchaseInput) => Promise<PurchaseState>;
/** The registered workflow type name. */
export const PURCHASE_WORKFLOW = 'purchaseWorkflow';
