import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { holdWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { checkoutUpdate, HOLD_FAILURE, type CheckoutRequest, type CheckoutResult } from '../../workflows/messages/limited-hold.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView, type PurchaseView } from '../shop/purchase-view.ts';
import { receiptCodeFor } from '../shop/start-purchase.ts';
import type { LimitedDeps } from './deps.ts';
import { holdUpdateFailure } from './hold-update-failure.ts';
import { ZLimitedCode } from './rules.ts';
import { PRINTABLE_ASCII } from '../../lib/text.ts';

/** Params of the hold routes. */
export const ZHoldParams = z.object({ id: z.uuid('must be a hold id') });

/** Body of `POST /api/shop/limited/holds/:id/checkout`. */
export const ZCheckoutHoldRequest = z.object({
  /** A sandbox test card number, or a provider's payment-method token. */
  payment_method: z.string().trim().min(4).max(100).regex(PRINTABLE_ASCII, 'must be printable ASCII'),
  promo_code: ZLimitedCode.nullish(),
});
export type CheckoutHoldRequest = z.infer<typeof ZCheckoutHoldRequest>;

/** A checkout that reached payment: the purchase, with the hold it bought. */
export type LimitedPurchaseView = PurchaseView & { success: true; hold_id: string; discount_cents: number };

export type CheckoutHoldAnswer =
  | { kind: 'purchase'; purchase: LimitedPurchaseView; replayed: boolean }
  | { kind: 'blocked'; body: { success: false; reason: 'PROMO_INVALID' } };

/** Every purchase row of a hold carries this idempotency key (a space: no client key can collide with it). */
export const holdPurchaseKey = (holdId: string): string => `hold ${holdId}`;

const keyReused = () => new AppError('idempotency_key_reused', 'This Idempotency-Key was already used for a different checkout of this hold');
const holdClosed = (status: string, reason: string | null) =>
  new AppError('hold_closed', `The hold is ${status}${reason ? ` (${reason})` : ''}: place a new hold`, { status, release_reason: reason });
const holdCheckedOut = () => new AppError('hold_checked_out', 'This hold is already being checked out (or was bought) under another Idempotency-Key');

/**
 * Checks out a hold: the hold's workflow counts the promo code (if any) and runs the payment
 * as a child PurchaseWorkflow at the held price, answering once decided or, for a payment still
 * pending, after PURCHASE_DECISION_WAIT_MS. The receipt comes from (player, hold, key): the same
 * key and body answer the same purchase (200), another body is 422. A promo code that does not
 * apply answers `{ success: false, reason: 'PROMO_INVALID' }` and leaves the hold open.
 */
export async function checkoutHold(
  deps: LimitedDeps,
  opts: { userId: string; holdId: string; idempotencyKey: string; body: CheckoutHoldRequest },
): Promise<CheckoutHoldAnswer> {
  const { prisma, temporal } = deps;
  const hold = await prisma.limitedHold.findUnique({ where: { id: opts.holdId }, include: { package: { select: { name: true } } } });
  if (!hold || hold.userId !== opts.userId) throw AppError.of('not_found', `No hold ${opts.holdId}`);
  const receiptCode = receiptCodeFor(opts.userId, `${holdPurchaseKey(opts.holdId)}\n${opts.idempotencyKey}`);
  const promoCode = opts.body.promo_code ?? null;
  const requestHash = createHash('sha256').update(JSON.stringify({ hold_id: opts.holdId, payment_method: opts.body.payment_method, promo_code: promoCode })).digest('hex');

  const purchaseOf = async (result?: Extract<CheckoutResult, { success: true }>): Promise<LimitedPurchaseView | null> => {
    const row = await prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
    const use = await prisma.promoRedemption.findUnique({ where: { holdId: opts.holdId } });
    if (row) return { success: true, hold_id: opts.holdId, discount_cents: use?.discountCents ?? 0, ...toPurchaseView(row) };
    if (!result) return null;
    // The child purchase has not written its row yet: answer from the workflow.
    const now = new Date().toISOString();
    return {
      success: true,
      hold_id: opts.holdId,
      discount_cents: result.discountCents,
      receipt_code: receiptCode,
      product_id: null,
      limited_package_code: hold.packageCode,
      promo_code: result.promoCode,
      product_name: hold.package.name,
      gold: hold.gold,
      amount_cents: result.amountCents,
      currency: hold.currency,
      status: result.status,
      failure_reason: result.failureReason,
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
  };

  // A retry of a checkout that reached payment: the same purchase.
  const prior = await prisma.purchase.findUnique({ where: { receiptCode }, select: { requestHash: true } });
  if (prior) {
    if (prior.requestHash !== requestHash) throw keyReused();
    return { kind: 'purchase', purchase: (await purchaseOf())!, replayed: true };
  }
  if (hold.receiptCode !== receiptCode) {
    if (hold.status === 'released') throw holdClosed(hold.status, hold.releaseReason);
    if (hold.status !== 'held') throw holdCheckedOut();
  }

  const request: CheckoutRequest = { receiptCode, idempotencyKey: holdPurchaseKey(opts.holdId), requestHash, paymentMethod: opts.body.payment_method, promoCode };
  let result: CheckoutResult;
  try {
    result = await temporal.workflow.getHandle(holdWorkflowId(opts.holdId)).executeUpdate(checkoutUpdate, { args: [request] });
  } catch (err) {
    const failure = holdUpdateFailure(err);
    if (!failure) throw err;
    if (failure.type === HOLD_FAILURE.keyReused) throw keyReused();
    if (failure.type === HOLD_FAILURE.checkedOut) throw holdCheckedOut();
    // Closed (expired, cancelled) or the workflow is gone: the read model says how it ended.
    const now = await prisma.limitedHold.findUniqueOrThrow({ where: { id: opts.holdId } });
    if (now.receiptCode === receiptCode) {
      const purchase = await purchaseOf();
      if (purchase) return { kind: 'purchase', purchase, replayed: true };
    }
    if (now.status === 'released' || failure.type === HOLD_FAILURE.closed) throw holdClosed(now.status, now.releaseReason);
    throw holdCheckedOut();
  }
  if (!result.success) return { kind: 'blocked', body: { success: false, reason: result.reason } };
  return { kind: 'purchase', purchase: (await purchaseOf(result))!, replayed: false };
}
