import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';
import type { PurchasePhase, PurchaseStatus } from '../../workflows/messages/purchase.ts';

/** A step of the purchase workflow, as the read model records it. */
export interface PurchaseRecordUpdate {
  receiptCode: string;
  phase?: PurchasePhase;
  status?: Exclude<PurchaseStatus, 'refunded'>;
  failureReason?: string | null;
  providerPaymentId?: string;
}

/**
 * Moves the read model along in one transaction; a status change also writes its fact to the
 * outbox. Answers the new status and when the purchase started when the status changed, else null.
 */
export async function updatePurchaseRecord(prisma: PrismaClient, update: PurchaseRecordUpdate): Promise<{ status: string; startedAt: Date } | null> {
  return prisma.$transaction(async (tx) => {
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
}
