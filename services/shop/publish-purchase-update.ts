import type { PrismaClient } from '../../lib/db/client.ts';
import type { Logger } from '../../lib/logger.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView } from './purchase-view.ts';

/** Pushes the purchase's current read model to its owner (`purchase_update`; best effort, after commit). */
export async function publishPurchaseUpdate(deps: { prisma: PrismaClient; redis: Redis; log: Logger }, receiptCode: string): Promise<void> {
  const row = await deps.prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
  if (!row) return;
  await publishToUser(deps.redis, row.userId, 'purchase_update', toPurchaseView(row)).catch((err: Error) =>
    deps.log.warn({ err: err.message, receiptCode }, 'purchase_update not published'),
  );
}
