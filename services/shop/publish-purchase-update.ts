import type { PrismaClient } from '../../lib/db/client.ts';
import type { Logger } from '../../lib/logger.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';
import { readPurchaseRowView, type PurchaseRowView } from './purchase-read-model.ts';

/**
 * Pushes the purchase's current read model to its owner (`purchase_update`; best effort, after
 * commit). `known` is the view the write that changed it answered (no re-read); else it is read.
 */
export async function publishPurchaseUpdate(
  deps: { prisma: PrismaClient; redis: Redis; log: Logger },
  receiptCode: string,
  known?: PurchaseRowView | null,
): Promise<void> {
  const row = known ?? (await readPurchaseRowView(deps.prisma, receiptCode));
  if (!row) return;
  await publishToUser(deps.redis, row.userId, 'purchase_update', row.view).catch((err: Error) =>
    deps.log.warn({ err: err.message, receiptCode }, 'purchase_update not published'),
  );
}
