import { ApplicationFailure } from '@temporalio/activity';
import { TOPICS } from '../lib/kafka.ts';
import { writeOutbox } from '../lib/outbox.ts';
import { ProviderRequestError, type ProviderPayment } from '../lib/payments/provider.ts';
import { publishToUser } from '../lib/realtime.ts';
import { InsufficientFundsError, applyLedgerEntry } from '../services/ledger/apply-ledger-entry.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView } from '../services/shop/purchase-view.ts';
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

  /** Pushes the purchase's current read model to its owner (best effort, after commit). */
  async function notify(receiptCode: string): Promise<void> {
    const row = await prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
    if (!row) return;
    await publishToUser(redis, row.userId, 'purchase_update', toPurchaseView(row)).catch((err: Error) =>
      log.warn({ err: err.message, receiptCode }, 'purchase_update not published'),
    );
  }

  return {
    /** Creates the read-model row; a retry finds it and changes nothing. */
    async recordPurchaseStarted(input: PurchaseInput): Promise<void> {
      await prisma.purchase.createMany({
        data: [
          {
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
          },
        ],
        skipDuplicates: true,
      });
      await notify(input.receiptCode);
    },

    /** Moves the read model along; a status change also records a fact for Kafka and notifies. */
    async updatePurchase(update: {
      receiptCode: string;
      phase?: PurchasePhase;
      status?: Exclude<PurchaseStatus, 'refunded'>;
      failureReason?: string | null;
      providerPaymentId?: string;
    }): Promise<void> {
      const changedStatus = await prisma.$transaction(async (tx) => {
        const row = await tx.purchase.findUniqueOrThrow({ where: { receiptCode: update.receiptCode } });
        const statusChanges = update.status !== undefined && update.status !== row.status;
        await tx.purchase.update({
          where: { receiptCode: update.receiptCode },
          data: {
            ...(update.phase ? { phase: update.phase } : {}),
            ...(update.providerPaymentId ? { providerPaymentId: update.providerPaymentId } : {}),
            ...(statusChanges ? { status: update.status, failureReason: update.failureReason ?? null, completedAt: new Date() } : {}),
          },
        });
        if (statusChanges) {
          await writeOutbox(tx, {
            topic: TOPICS.purchases,
            type: `purchase.${update.status}`,
            key: row.userId,
            payload: {
              receiptCode: row.receiptCode,
              userId: row.userId,
              productId: row.productId,
              ...(row.limitedPackageCode ? { limitedPackageCode: row.limitedPackageCode, promoCode: row.promoCode } : {}),
              amountCents: row.amountCents,
              gold: row.gold,
              failureReason: update.failureReason ?? null,
            },
          });
        }
        return statusChanges ? { status: update.status!, startedAt: row.createdAt } : null;
      });
      if (changedStatus) {
        deps.purchaseMetrics?.attempts.inc({ status: changedStatus.status });
        deps.purchaseMetrics?.duration.observe({ status: changedStatus.status }, (Date.now() - changedStatus.startedAt.getTime()) / 1000);
      }
      await notify(update.receiptCode);
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

    async markPurchaseRefunded(req: { receiptCode: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const row = await tx.purchase.findUniqueOrThrow({ where: { receiptCode: req.receiptCode } });
        if (row.status === 'refunded') return;
        await tx.purchase.update({ where: { receiptCode: req.receiptCode }, data: { status: 'refunded', phase: 'refunded' } });
        await writeOutbox(tx, { topic: TOPICS.purchases, type: 'purchase.refunded', key: row.userId, payload: { receiptCode: row.receiptCode, userId: row.userId, amountCents: row.amountCents, gold: row.gold } });
      });
      deps.purchaseMetrics?.attempts.inc({ status: 'refunded' });
      await notify(req.receiptCode);
    },
  };
}
