import type { PrismaClient } from '../../lib/db/client.ts';
import type { PurchaseInput } from '../../workflows/messages/purchase.ts';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { insertPurchaseRow, type PurchaseRowView } from './purchase-read-model.ts';

/**
 * Creates the purchase's read-model row in one statement; a retry finds it and changes nothing.
 * Answers the new row's view (null on a retry).
 */
export async function recordPurchaseStarted(prisma: PrismaClient, input: PurchaseInput): Promise<PurchaseRowView | null> {
  return insertPurchaseRow(prisma, {
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
    workflowId: purchaseWorkflowId(input.receiptCode),
  });
}
