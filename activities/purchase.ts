import { ApplicationFailure } from '@temporalio/activity';
import { ProviderRequestError, type ProviderPayment } from '../lib/payments/provider.ts';
import { publishToUser } from '../lib/realtime.ts';
import { InsufficientFundsError, applyLedgerEntry } from '../services/ledger/apply-ledger-entry.ts';
import { decidePurchaseRow, insertPurchaseRow, markPurchaseRowRefunded, readPurchaseRowView, updatePurchasePhase, type PurchaseRowView } from '../services/shop/purchase-read-model.ts';
import type { PurchaseInput, PurchasePhase, PurchaseStatus } from '../workflows/messages/purchase.ts';
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

/** Activities of PurchaseWorkflow and PurchaseRefundWorkflow. */
export function createPurchaseActivities(deps: ActivityDeps) {
  const { prisma, redis, provider, log } = deps;

  /** Pushes the purchase's view to its owner (best effort, after commit). */
  async function notify(receiptCode: string, known?: PurchaseRowView | null): Promise<void> {
    const row = known ?? (await readPurchaseRowView(prisma, receiptCode));
    if (!row) return;
    await publishToUser(redis, row.userId, 'purchase_update', row.view).catch((err: Error) =>
      log.warn({ err: err.message, receiptCode }, 'purchase_update not published'),
    );
  }

  return {
    /** Creates the read-model row in one statement; a retry finds it and changes nothing. */
    async recordPurchaseStarted(input: PurchaseInput): Promise<void> {
      const created = await insertPurchaseRow(prisma, {
        receiptCode: input.receiptCode,
        userId: input.userId,
        productId: input.productId,
        limitedPackageCode: input.limitedPackageCode ?? null,
        promoCode: input.promoCode ?? null,
        idempotencyKey: input.idempotencyKey,
        requestHash: input.requestHash,
        gold: input.gold,
        amountCents: input.amountCents,
        currency: input.currency,
        workflowId: `purchase:${input.receiptCode}`,
      });
      await notify(input.receiptCode, created);
    },

    /**
     * Moves the read model along, one statement each: a phase alone is an UPDATE; a decision
     * (status) is the UPDATE and its Kafka fact in one statement, then the owner is notified.
     */
    async updatePurchase(update: {
      receiptCode: string;
      phase?: PurchasePhase;
      status?: Exclude<PurchaseStatus, 'refunded'>;
      failureReason?: string | null;
      providerPaymentId?: string;
    }): Promise<void> {
      if (update.status === 'success' || update.status === 'failed') {
        const decided = await decidePurchaseRow(prisma, {
          receiptCode: update.receiptCode,
          status: update.status,
          phase: update.phase ?? (update.status === 'success' ? 'completed' : 'failed'),
          failureReason: update.failureReason ?? null,
          providerPaymentId: update.providerPaymentId ?? null,
        });
        if (decided) {
          deps.purchaseMetrics?.attempts.inc({ status: update.status });
          deps.purchaseMetrics?.duration.observe({ status: update.status }, (Date.now() - decided.createdAt.getTime()) / 1000);
          await notify(update.receiptCode, decided);
          return;
        }
        // Nothing changed: a retry of a decision that already landed (or no row, which must not be).
        const row = await readPurchaseRowView(prisma, update.receiptCode);
        if (!row) throw new Error(`purchase ${update.receiptCode} has no read-model row`);
        await notify(update.receiptCode, row);
        return;
      }
      if (!update.phase) return;
      const moved = await updatePurchasePhase(prisma, { receiptCode: update.receiptCode, phase: update.phase, providerPaymentId: update.providerPaymentId ?? null });
      if (!moved) throw new Error(`purchase ${update.receiptCode} has no read-model row`);
      await notify(update.receiptCode, moved);
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
      const { balance } = await applyLedgerEntry(prisma, { userId: req.userId, delta: req.gold, reason: 'purchase', ref: req.receiptCode });
      await publishToUser(redis, req.userId, 'profile_update', { gold_balance: balance }).catch(() => undefined);
      return { balance };
    },

    /**
     * Takes the purchased gold back (reason `refund`, ref = receipt). Refuses, without moving
     * anything, when the balance would go below zero.
     */
    async clawBackPurchaseGold(req: { receiptCode: string }): Promise<{ gold: number; amountCents: number; providerPaymentId: string }> {
      const row = await prisma.purchase.findUnique({ where: { receiptCode: req.receiptCode } });
      if (!row || (row.status !== 'success' && row.status !== 'refunded') || !row.providerPaymentId) {
        throw ApplicationFailure.create({ type: 'RefundBlocked', message: `purchase ${req.receiptCode} is not a successful purchase`, nonRetryable: true });
      }
      try {
        const { balance } = await applyLedgerEntry(prisma, { userId: row.userId, delta: -row.gold, reason: 'refund', ref: row.receiptCode });
        await publishToUser(redis, row.userId, 'profile_update', { gold_balance: balance }).catch(() => undefined);
      } catch (err) {
        if (err instanceof InsufficientFundsError) {
          throw ApplicationFailure.create({ type: 'RefundBlocked', message: `the player has spent the gold: ${err.message}`, nonRetryable: true, details: [err.details] });
        }
        throw err;
      }
      return { gold: row.gold, amountCents: row.amountCents, providerPaymentId: row.providerPaymentId };
    },

    /** Marks the purchase refunded and records its fact, in one statement; once, however often retried. */
    async markPurchaseRefunded(req: { receiptCode: string }): Promise<void> {
      const refunded = await markPurchaseRowRefunded(prisma, req.receiptCode);
      if (refunded) deps.purchaseMetrics?.attempts.inc({ status: 'refunded' });
      await notify(req.receiptCode, refunded);
    },
  };
}
