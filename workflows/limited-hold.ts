import {
  ApplicationFailure,
  CancellationScope,
  ChildWorkflowFailure,
  allHandlersFinished,
  condition,
  executeChild,
  isCancellation,
  proxyActivities,
  setCurrentDetails,
  setHandler,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { Activities } from '../activities/index.ts';
import {
  awaitReservationUpdate,
  cancelHoldUpdate,
  checkoutUpdate,
  HOLD_FAILURE,
  holdStateQuery,
  type CheckoutRequest,
  type CheckoutResult,
  type LimitedHoldInput,
  type LimitedHoldState,
  type Reservation,
} from './messages/limited-hold.ts';
import { PURCHASE_WORKFLOW, type PurchaseInput, type PurchaseWorkflow } from './messages/purchase.ts';
import { SA_PRODUCT_ID, SA_PURCHASE_STATUS, SA_RECEIPT_CODE, SA_USER_ID } from './messages/search-attributes.ts';
import { purchaseWorkflowId } from './messages/workflow-ids.ts';


// Our own database: retried until it lands (every hold activity is idempotent by hold id).
const store = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

interface CheckoutAttempt {
  request: CheckoutRequest;
  result: CheckoutResult | null;
  /** False while the payment runs: the answer so far is `pending`. */
  final: boolean;
}

/**
 * One hold on one unit of a limited package (`hold:<holdId>`):
 * 1. reserve the unit in an activity (conditional stock decrement and the per-user limit in one
 *    transaction); a refusal ends the workflow with the reason;
 * 2. wait for a checkout, a cancel, or the TTL (this workflow's own timer, so it survives
 *    worker and server restarts);
 * 3. checkout: count the promo code (if any) and run the payment as a child PurchaseWorkflow
 *    (`purchase:<receipt>`) at the held price less the promo; success sells the unit;
 * 4. payment failure, cancel or expiry: the unit returns to stock, exactly once (the release
 *    activity moves the hold row out of an open state, keyed by hold id).
 */
export async function limitedHoldWorkflow(input: LimitedHoldInput): Promise<LimitedHoldState> {
  const state: LimitedHoldState = {
    holdId: input.holdId,
    userId: input.userId,
    packageCode: input.packageCode,
    phase: 'reserving',
    reservation: null,
    receiptCode: null,
    releaseReason: null,
  };
  const attempts = new Map<string, CheckoutAttempt>();
  let queued: CheckoutAttempt | undefined;
  let cancelRequested = false;
  const closed = () => state.phase === 'refused' || state.phase === 'released' || state.phase === 'releasing';

  const describe = () =>
    setCurrentDetails(
      `**Hold ${input.holdId}** on ${input.packageCode} for user ${input.userId} · phase ${state.phase}` +
        (state.reservation?.success ? ` · ${(state.reservation.priceCents / 100).toFixed(2)} ${state.reservation.currency} · expires ${state.reservation.expiresAt}` : '') +
        (state.reservation && !state.reservation.success ? ` · refused ${state.reservation.reason}` : '') +
        (state.receiptCode ? ` · purchase ${state.receiptCode}` : '') +
        (state.releaseReason ? ` · released: ${state.releaseReason}` : ''),
    );

  setHandler(holdStateQuery, () => state);
  setHandler(awaitReservationUpdate, async () => {
    await condition(() => state.reservation !== null);
    return state.reservation!;
  });
  setHandler(
    checkoutUpdate,
    async (request) => {
      let attempt = attempts.get(request.receiptCode);
      if (!attempt) {
        attempt = { request, result: null, final: false };
        attempts.set(request.receiptCode, attempt);
        queued = attempt;
      }
      const mine = attempt;
      await condition(() => mine.result !== null || closed());
      if (!mine.result) throw refuse(HOLD_FAILURE.closed, `The hold is ${state.phase}${state.releaseReason ? ` (${state.releaseReason})` : ''}`);
      if (!mine.final) await condition(() => mine.final, input.checkoutWaitMs);
      return mine.result;
    },
    {
      validator: (request) => {
        const prior = attempts.get(request.receiptCode);
        if (prior) {
          if (prior.request.requestHash !== request.requestHash) throw refuse(HOLD_FAILURE.keyReused, 'This Idempotency-Key was already used for a different checkout');
          return; // a retry: joins the same checkout
        }
        if (queued || state.phase === 'checking_out' || state.phase === 'sold') throw refuse(HOLD_FAILURE.checkedOut, 'This hold is already being checked out');
        if (cancelRequested || (state.phase !== 'held' && state.phase !== 'reserving')) {
          throw refuse(HOLD_FAILURE.closed, `The hold is ${cancelRequested ? 'cancelled' : state.phase}${state.releaseReason ? ` (${state.releaseReason})` : ''}`);
        }
      },
    },
  );
  setHandler(
    cancelHoldUpdate,
    async () => {
      cancelRequested = true;
      await condition(() => state.phase === 'released' || state.phase === 'refused');
      return state;
    },
    {
      validator: () => {
        if (queued || state.phase === 'checking_out' || state.phase === 'sold') throw refuse(HOLD_FAILURE.checkedOut, 'This hold is being checked out and can no longer be cancelled');
      },
    },
  );

  const release = async (reason: string) => {
    // Synchronously out of `held` first: from here on a checkout is refused.
    state.phase = 'releasing';
    state.releaseReason = reason;
    describe();
    await store.releaseLimitedHold({ holdId: input.holdId, reason });
    state.phase = 'released';
    describe();
  };

  /** Runs one checkout; false when it ended before payment (promo refused) and the hold stays open. */
  const checkout = async (attempt: CheckoutAttempt, reservation: Extract<Reservation, { success: true }>): Promise<boolean> => {
    const { request } = attempt;
    state.phase = 'checking_out';
    describe();
    const begun = await store.beginLimitedCheckout({ holdId: input.holdId, receiptCode: request.receiptCode, promoCode: request.promoCode });
    if (!begun.ok) {
      attempt.result = { success: false, receiptCode: request.receiptCode, reason: 'PROMO_INVALID' };
      attempt.final = true;
      queued = undefined;
      state.phase = 'held';
      describe();
      return false;
    }
    state.receiptCode = request.receiptCode;
    const paying: Extract<CheckoutResult, { success: true }> = {
      success: true,
      receiptCode: request.receiptCode,
      status: 'pending',
      failureReason: null,
      amountCents: begun.amountCents,
      discountCents: begun.discountCents,
      promoCode: begun.promoCode,
    };
    attempt.result = paying;
    queued = undefined;
    describe();

    const purchase: PurchaseInput = {
      receiptCode: request.receiptCode,
      userId: input.userId,
      productId: null,
      limitedPackageCode: input.packageCode,
      ...(begun.promoCode ? { promoCode: begun.promoCode } : {}),
      productName: reservation.packageName,
      gold: reservation.gold,
      amountCents: begun.amountCents,
      currency: reservation.currency,
      paymentMethod: request.paymentMethod,
      idempotencyKey: request.idempotencyKey,
      requestHash: request.requestHash,
      timing: input.purchaseTiming,
    };
    // Money is moving: neither a cancel of this workflow nor its closing may stop the payment.
    try {
      await executeChild<PurchaseWorkflow>(PURCHASE_WORKFLOW, {
          workflowId: purchaseWorkflowId(request.receiptCode),
          args: [purchase],
          parentClosePolicy: 'ABANDON',
          cancellationType: 'ABANDON',
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          typedSearchAttributes: [
            { key: SA_PURCHASE_STATUS, value: 'pending' },
            { key: SA_USER_ID, value: input.userId },
            { key: SA_RECEIPT_CODE, value: request.receiptCode },
            { key: SA_PRODUCT_ID, value: `limited:${input.packageCode}` },
          ],
          staticSummary: `Purchase ${request.receiptCode}: limited ${input.packageCode} (${reservation.gold.toLocaleString('en-US')} gold) for ${(begun.amountCents / 100).toFixed(2)} ${reservation.currency}, hold ${input.holdId}`,
      });
    } catch (err) {
      // Terminated, timed out, or never started: the purchase's read model decides below.
      if (!(err instanceof ChildWorkflowFailure) && !(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    }

    // The purchase row is the truth (its workflow writes it before it completes): sold, or back to stock.
    const settled = await store.settleLimitedCheckout({ holdId: input.holdId, receiptCode: request.receiptCode });
    state.phase = settled.outcome;
    if (settled.outcome === 'released') state.releaseReason = settled.releaseReason;
    attempt.result = { ...paying, status: settled.purchaseStatus, failureReason: settled.failureReason };
    attempt.final = true;
    describe();
    return true;
  };

  describe();
  // Nothing below that moves stock is cancellable: a committed reservation must always be seen
  // (and later released), or its unit would leak.
  const reservation = await CancellationScope.nonCancellable(() =>
    store.reserveLimitedUnit({ holdId: input.holdId, userId: input.userId, packageCode: input.packageCode, ttlMs: input.ttlMs }),
  );
  state.reservation = reservation;
  if (!reservation.success) {
    state.phase = 'refused';
    describe();
    await condition(allHandlersFinished);
    return state;
  }
  state.phase = 'held';
  describe();

  const expiresAtMs = Date.parse(reservation.expiresAt);
  for (;;) {
    const remaining = expiresAtMs - Date.now();
    if (remaining > 0) {
      try {
        await condition(() => queued !== undefined || cancelRequested, remaining);
      } catch (err) {
        // The workflow itself was cancelled (e.g. by an operator) while the unit was held.
        if (!isCancellation(err)) throw err;
        await CancellationScope.nonCancellable(() => release('workflow_cancelled'));
        break;
      }
    }
    // A checkout accepted while the hold was open goes ahead even if the timer fired with it.
    const attempt = queued;
    if (attempt) {
      if (await CancellationScope.nonCancellable(() => checkout(attempt, reservation))) break;
      continue;
    }
    await CancellationScope.nonCancellable(() => release(cancelRequested ? 'cancelled' : 'expired'));
    break;
  }
  await CancellationScope.nonCancellable(() => condition(allHandlersFinished));
  return state;
}

function refuse(type: string, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true });
}
