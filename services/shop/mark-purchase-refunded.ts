import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';

/** Marks a purchase refunded and writes its fact, once; answers false when it already was. */
export async function markPurchaseRefunded(prisma: PrismaClient, receiptCode: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const row = await tx.purchase.findUniqueOrThrow({ where: { receiptCode } });
    if (row.status === 'refunded') return false;
    await tx.purchase.update({ where: { receiptCode }, data: { status: 'refunded', phase: 'refunded' } });
    await writeOutbox(tx, { topic: TOPICS.purchases, type: 'purchase.refunded', key: row.userId, payload: { receiptCode: row.receiptCode, userId: row.userId, amountCents: row.amountCents, gold: row.gold } });
    return true;
  });
}
