import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView, type PurchaseView } from './purchase-view.ts';

/** One purchase of its owner; another player's receipt is 404, as if it did not exist. */
export async function getOwnPurchase(prisma: PrismaClient, userId: string, receiptCode: string): Promise<PurchaseView> {
  const row = await prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
  if (!row || row.userId !== userId) throw AppError.of('not_found', `No purchase ${receiptCode}`);
  return toPurchaseView(row);
}

/** A player's purchases, newest first; the cursor is the last receipt of the previous page. */
export async function listOwnPurchases(
  prisma: PrismaClient,
  opts: { userId: string; status?: PurchaseView['status']; cursor?: string; limit: number },
): Promise<{ items: PurchaseView[]; next_cursor: string | null }> {
  const rows = await prisma.purchase.findMany({
    where: { userId: opts.userId, ...(opts.status ? { status: opts.status } : {}) },
    include: PURCHASE_VIEW_INCLUDE,
    orderBy: [{ createdAt: 'desc' }, { receiptCode: 'desc' }],
    take: opts.limit + 1,
    ...(opts.cursor ? { cursor: { receiptCode: opts.cursor }, skip: 1 } : {}),
  });
  const page = rows.slice(0, opts.limit);
  return { items: page.map(toPurchaseView), next_cursor: rows.length > opts.limit ? page[page.length - 1]!.receiptCode : null };
}
