import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import type { PaymentWebhookEvent, ProviderPayment } from '../domain/payments.ts';
import {
  awaitDecisionUpdate,
  failUpdate,
  paymentEventSignal,
  purchaseStateQuery,
  retryNowUpdate,
  type OperatorAction,
  type PurchaseInput,
  type PurchasePhase,
  type PurchaseState,
} from './messages/purchase.ts';
import { SA_PURCHASE_PHASE, SA_PURCHASE_STATUS } from './messages/search-attributes.ts';


// Provider calls: transient faults (5xx, timeouts, outages) retry with backoff; a lost
// answer is safe to retry because every call carries an idempotency key.
const provider = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['ProviderRequestError'] },
});
// Authorization gives up after a while: a provider that never answers fails the purchase.
const authorizeActs = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['ProviderRequestError'] },
});
// The same provider calls as local activities (run by the worker inside the workflow task, no
// schedule/start round trips through the server): a re-run after a crash is safe because every
// call carries an idempotency key. Used by purchases started after LEAN_PURCHASE_PATCH.
const localProvider = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['ProviderRequestError'] },
});
const localAuthorize = proxyLocalActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  scheduleToCloseTimeout: '2 minutes',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '500 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds', nonRetryableErrorTypes: ['ProviderRequestError'] },
});

/**
 * Purchases started after this patch write their read-model row twice (when they start and
 * when they are decided, plus `awaiting_provider` for support while a payment is pending); the
 * phases in between live in the workflow (query, `PurchasePhase` search attribute, details).
 * Older histories replay the earlier command sequence.
 */
export const LEAN_PURCHASE_PATCH = 'lean-purchase-v1';

// The read model: short, idempotent writes to our own database, run as local activities (in
// the worker, inside the workflow task: no extra server round trip each), retried until they land.
const readModel = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});
// The grant: a regular activity (visible on its own in the UI), retried until it lands; the
// ledger's (reason, ref) makes every retry safe.
const store = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/**
 * One real-money purchase: authorize → capture → grant gold through the ledger. A pending
 * payment is decided by the provider's webhook or by polling with backoff, whichever comes
 * first, within a deadline. Any failure after authorization voids it; a grant after capture
 * is retried until it lands and is never silently refunded.
 */
export async function purchaseWorkflow(input: PurchaseInput): Promise<PurchaseState> {
  const state: PurchaseState = {
    receiptCode: input.receiptCode,
    userId: input.userId,
    productId: input.productId,
    limitedPackageCode: input.limitedPackageCode ?? null,
    requestHash: input.requestHash,
    status: 'pending',
    phase: 'authorizing',
    failureReason: null,
    providerPaymentId: null,
    providerStatus: null,
    polls: 0,
  };
  // Decided once, before the first command: a history recorded before the patch replays the old sequence.
  const lean = patched(LEAN_PURCHASE_PATCH);
  // Local or regular provider calls: fixed in the input (PURCHASE_PROVIDER_CALLS), so a history replays as recorded.
  const providerCalls = lean && (input.providerCalls ?? 'local') === 'local' ? { authorize: localAuthorize, capture: localProvider } : { authorize: authorizeActs, capture: provider };
  let webhookDecision: PaymentWebhookEvent | undefined;
  let operatorFail: OperatorAction | undefined;
  let pollNow = false;
  const waiting = () => state.phase === 'authorizing' || state.phase === 'awaiting_provider';

  setHandler(purchaseStateQuery, () => state);
  setHandler(paymentEventSignal, (event) => {
    // Only a decision on the authorization matters here; other events (captured, voided...)
    // describe steps this workflow drives itself. Duplicates and reordering are harmless.
    if (event.status === 'authorized' || event.status === 'declined') webhookDecision = event;
  });
  setHandler(awaitDecisionUpdate, async ({ waitMs }) => {
    await condition(() => state.status !== 'pending' || state.phase === 'awaiting_provider', Math.max(0, waitMs));
    return state;
  });
  setHandler(
    retryNowUpdate,
    (_action) => {
      pollNow = true;
      return state;
    },
    { validator: (_action: OperatorAction) => assertWaiting(state.phase === 'awaiting_provider', 'only a purchase waiting for the provider can be retried now') },
  );
  setHandler(
    failUpdate,
    async (action) => {
      operatorFail = action;
      // Answer once it has failed; while an authorization is still in flight, answer after a
      // few seconds with the purchase as it stands (it fails as soon as the provider answers).
      await condition(() => state.phase === 'failed' || state.phase === 'completed', '10 seconds');
      return state;
    },
    { validator: (_action: OperatorAction) => assertWaiting(waiting(), 'only a purchase still waiting for the provider can be failed; use refund after success') },
  );

  const describe = () =>
    setCurrentDetails(
      `**${input.receiptCode}**: ${input.gold.toLocaleString('en-US')} gold for ${(input.amountCents / 100).toFixed(2)} ${input.currency} ` +
        `· status ${state.status} · phase ${state.phase}` +
        (state.failureReason ? ` · reason ${state.failureReason}` : '') +
        (state.providerPaymentId ? ` · provider payment ${state.providerPaymentId} (${state.providerStatus})` : ''),
    );
  /** The phase, for support: in the lean path a search attribute (no write); the read model only for a pending payment. */
  const showPhase = (phase: PurchasePhase) => {
    state.phase = phase;
    describe();
    if (lean) upsertSearchAttributes([{ key: SA_PURCHASE_PHASE, value: phase }]);
  };
  const moveTo = async (phase: PurchasePhase) => {
    showPhase(phase);
    // Support's page lists payments waiting for the provider from the read model.
    if (lean && phase !== 'awaiting_provider') return;
    await readModel.updatePurchase({ receiptCode: input.receiptCode, phase, ...(state.providerPaymentId ? { providerPaymentId: state.providerPaymentId } : {}) });
  };
  const finish = async (status: 'success' | 'failed', failureReason: string | null) => {
    const phase = status === 'success' ? 'completed' : 'failed';
    // The read model first: whoever the decision is announced to can read it back at once.
    await readModel.updatePurchase({ receiptCode: input.receiptCode, phase, status, failureReason, ...(state.providerPaymentId ? { providerPaymentId: state.providerPaymentId } : {}) });
    state.status = status;
    state.phase = phase;
    state.failureReason = failureReason;
    upsertSearchAttributes(lean ? [{ key: SA_PURCHASE_STATUS, value: status }, { key: SA_PURCHASE_PHASE, value: phase }] : [{ key: SA_PURCHASE_STATUS, value: status }]);
    describe();
    await condition(allHandlersFinished);
    return state;
  };
  const seen = (p: ProviderPayment) => {
    state.providerPaymentId = p.paymentId;
    state.providerStatus = p.status;
    describe();
  };
  /** Compensation: no authorization is ever left dangling. Runs even if the workflow is cancelled. */
  const voidAuthorization = () =>
    CancellationScope.nonCancellable(async () => {
      showPhase('voiding');
      await provider.voidPayment({ receiptCode: input.receiptCode, paymentId: state.providerPaymentId });
    });

  describe();
  // 1. Authorize. The lean path asks the provider while the row is being written (both are idempotent).
  const authorizeRequest = { receiptCode: input.receiptCode, amountCents: input.amountCents, paymentMethod: input.paymentMethod };
  let authorizing: Promise<ProviderPayment>;
  if (lean) {
    authorizing = providerCalls.authorize.authorizePayment(authorizeRequest);
    authorizing.catch(() => undefined); // handled below, once the row exists
    await readModel.recordPurchaseStarted(input);
  } else {
    await readModel.recordPurchaseStarted(input);
    authorizing = authorizeActs.authorizePayment(authorizeRequest);
  }
  let payment: ProviderPayment;
  try {
    payment = await authorizing;
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    // The provider never answered (or refused the request): whatever it may have created is voided.
    await voidAuthorization();
    return finish('failed', err.cause instanceof ApplicationFailure && err.cause.type === 'ProviderRequestError' ? 'provider_rejected' : 'provider_unreachable');
  }
  seen(payment); // the provider's payment id reaches the read model with the next phase

  // 2. Pending: the webhook or a poll decides, whichever comes first, within the deadline.
  if (payment.status === 'pending') {
    await moveTo('awaiting_provider');
    const deadline = Date.now() + input.timing.pendingDeadlineMs;
    let delay = input.timing.pollInitialMs;
    while (payment.status === 'pending') {
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      await condition(() => webhookDecision !== undefined || operatorFail !== undefined || pollNow, Math.min(delay, remaining));
      if (operatorFail) break;
      // A webhook only says "look now": the provider's own answer decides, so a stale,
      // reordered or mistaken event can never move the purchase on its own.
      const woken = webhookDecision !== undefined;
      webhookDecision = undefined;
      pollNow = false;
      state.polls++;
      payment = await provider.getPayment({ paymentId: payment.paymentId });
      if (!woken) delay = Math.min(delay * 2, input.timing.pollMaxMs);
    }
    seen(payment);
  }
  if (operatorFail && payment.status !== 'declined') {
    await voidAuthorization();
    return finish('failed', 'failed_by_operator');
  }
  if (payment.status === 'declined') return finish('failed', payment.reasonCode ?? 'declined');
  if (payment.status === 'pending') {
    await voidAuthorization();
    return finish('failed', 'pending_timeout');
  }
  if (payment.status !== 'authorized') {
    await voidAuthorization();
    return finish('failed', `unexpected_provider_status_${payment.status}`);
  }

  // 3. Capture. An outage is absorbed by the retry policy; a refusal voids.
  await moveTo('capturing');
  try {
    payment = await providerCalls.capture.capturePayment({ receiptCode: input.receiptCode, paymentId: payment.paymentId, amountCents: input.amountCents });
  } catch (err) {
    if (!(err instanceof ActivityFailure)) throw err;
    // The provider refused the capture request itself (it never retries into success).
    await voidAuthorization();
    return finish('failed', 'capture_rejected');
  }
  seen(payment);
  if (payment.status !== 'captured') {
    await voidAuthorization();
    return finish('failed', payment.reasonCode ?? 'capture_failed');
  }

  // 4. Grant. Retried until it lands; the ledger's (reason, ref) makes retries safe.
  await moveTo('granting');
  await store.grantPurchaseGold({ receiptCode: input.receiptCode, userId: input.userId, gold: input.gold });
  return finish('success', null);
}

function assertWaiting(ok: boolean, message: string): void {
  if (!ok) throw ApplicationFailure.create({ type: 'NotAllowedNow', message, nonRetryable: true });
}
