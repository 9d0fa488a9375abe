import type { PrismaClient } from '../../lib/db/client.ts';
import type { PurchaseInput } from '../../workflows/messages/purchase.ts';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';

/** Creates the purchase's read-model row; a retry finds it and changes nothing. */
export async function recordPurchaseStarted(prisma: PrismaClient, input: PurchaseInput): Promise<void> {
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
        workflowId: purchaseWorkflowId(input.receiptCode),
      },
    ],
    skipDuplicates: true,
  });
}
