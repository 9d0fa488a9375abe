import type { PrismaClient } from '../../lib/db/client.ts';
import { markPurchaseRowRefunded, type PurchaseRowView } from './purchase-read-model.ts';

/** Marks a purchase refunded and writes its fact, once, in one statement; answers null when it already was. */
export async function markPurchaseRefunded(prisma: PrismaClient, receiptCode: string): Promise<PurchaseRowView | null> {
  return markPurchaseRowRefunded(prisma, receiptCode);
}
