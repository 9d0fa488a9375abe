import { ApplicationFailure } from '@temporalio/activity';
import { ProviderRequestError, type ProviderPayment } from '../lib/payments/provider.ts';
import { markPurchaseRefunded } from '../services/shop/mark-purchase-refunded.ts';
import { publishPurchaseUpdate } from '../services/shop/publish-purchase-update.ts';
import { RefundBlockedError, clawBackPurchaseGold, grantPurchaseGold } from '../services/shop/purchase-gold.ts';
import { recordPurchaseStarted } from '../services/shop/record-purchase-started.ts';
import type { PurchaseRowView } from '../services/shop/purchase-read-model.ts';
import { updatePurchaseRecord, type PurchaseRecordUpdate } from '../services/shop/update-purchase-record.ts';
import type { PurchaseInput } from '../workflows/messages/purchase.ts';
import type { ActivityDeps } from './index.ts';

/** Turns a provider refusal into a non-retryable failure the workflow can tell apart. */
async function callProvider<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ProviderRequestError) {
      throw ApplicationFailure.create({ type: 'ProviderRequestError', message: err.message, nonRetryable: true, details: [err.status, err.code] });
    }
    throw err; // ProviderUnavailableError and anything else: transient, retried
  }
}

/**
 * Activities of PurchaseWorkflow and PurchaseRefundWorkflow: the read model, the ledger and the
 * purchase's facts are services' work; here they are called, the owner notified after commit,
 * and failures turned into what the workflow tells apart (ProviderRequestError, RefundBlocked).
 */
export function createPurchaseActivities(deps: ActivityDeps) {
  const { prisma, redis, provider, log } = deps;
  const notify = (receiptCode: string, known?: PurchaseRowView | null) => publishPurchaseUpdate({ prisma, redis, log }, receiptCode, known);

  return {
    /** Creates the read-model row; a retry finds it and changes nothing. */
    async recordPurchaseStarted(input: PurchaseInput): Promise<void> {
      await notify(input.receiptCode, await recordPurchaseStarted(prisma, input));
    },

    /** Moves the read model along; a status change also records a fact for Kafka and notifies. */
    async updatePurchase(update: PurchaseRecordUpdate): Promise<void> {
      const { row, changed: changedStatus } = await updatePurchaseRecord(prisma, update);
      if (changedStatus) {
        deps.purchaseMetrics?.attempts.inc({ status: changedStatus.status });
        deps.purchaseMetrics?.duration.observe({ status: changedStatus.status }, (Date.now() - changedStatus.startedAt.getTime()) / 1000);
      }
      await notify(update.receiptCode, row);
    },

    async authorizePayment(req: { receiptCode: string; amountCents: number; paymentMethod: string }): Promise<ProviderPayment> {
      return callProvider(() =>
        provider.authorize({ receiptCode: req.receiptCode, amountCents: req.amountCents, currency: 'USD', paymentMethod: req.paymentMethod, idempotencyKey: `${req.receiptCode}:authorize` }),
      );
    },

    async getPayment(req: { paymentId: string }): Promise<ProviderPayment> {
      return callProvider(() => provider.getPayment(req.paymentId));
    },

    async capturePayment(req: { receiptCode: string; paymentId: string; amountCents: number }): Promise<ProviderPayment> {
      return callProvider(() => provider.capture(req.paymentId, { amountCents: req.amountCents, idempotencyKey: `${req.receiptCode}:capture` }));
    },

    /**
     * Voids the authorization. Without a payment id (the authorize answer was lost) it asks
     * the provider what exists for the receipt, so nothing is left dangling.
     */
    async voidPayment(req: { receiptCode: string; paymentId: string | null }): Promise<void> {
      const paymentId = req.paymentId ?? (await callProvider(() => provider.findByReceipt(req.receiptCode)))?.paymentId;
      if (!paymentId) return;
      const current = await callProvider(() => provider.getPayment(paymentId));
      if (current.status === 'declined' || current.status === 'voided') return;
      await callProvider(() => provider.void(paymentId, { idempotencyKey: `${req.receiptCode}:void` }));
    },

    async refundPayment(req: { receiptCode: string; paymentId: string; amountCents: number }): Promise<void> {
      await callProvider(() => provider.refund(req.paymentId, { amountCents: req.amountCents, idempotencyKey: `${req.receiptCode}:refund` }));
    },

    /** Grants the purchased gold through the ledger (reason `purchase`, ref = receipt): once, however often retried. */
    async grantPurchaseGold(req: { receiptCode: string; userId: string; gold: number }): Promise<{ balance: number }> {
      return grantPurchaseGold({ prisma, redis }, req);
    },

    /**
     * Takes the purchased gold back (reason `refund`, ref = receipt). Refuses (non-retryable
     * `RefundBlocked`), without moving anything, when the balance would go below zero.
     */
    async clawBackPurchaseGold(req: { receiptCode: string }): Promise<{ gold: number; amountCents: number; providerPaymentId: string }> {
      try {
        return await clawBackPurchaseGold({ prisma, redis }, req.receiptCode);
      } catch (err) {
        if (err instanceof RefundBlockedError) {
          throw ApplicationFailure.create({ type: 'RefundBlocked', message: err.message, nonRetryable: true, ...(err.details === undefined ? {} : { details: [err.details] }) });
        }
        throw err;
      }
    },

    /** Marks the purchase refunded (once) and notifies its owner. */
    async markPurchaseRefunded(req: { receiptCode: string }): Promise<void> {
      const refunded = await markPurchaseRefunded(prisma, req.receiptCode);
      if (refunded) deps.purchaseMetrics?.attempts.inc({ status: 'refunded' });
      await notify(req.receiptCode, refunded);
    },
  };
}
