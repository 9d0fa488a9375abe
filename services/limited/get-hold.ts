import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { toHoldView, type HoldView } from './views.ts';

/** One of the caller's holds; another player's is 404, as if it did not exist. */
export async function getOwnHold(prisma: PrismaClient, userId: string, holdId: string): Promise<HoldView> {
  const hold = await prisma.limitedHold.findUnique({ where: { id: holdId } });
  if (!hold || hold.userId !== userId) throw AppError.of('not_found', `No hold ${holdId}`);
  return toHoldView(hold);
}

/** Query of `GET /api/shop/limited/holds`. */
export const ZListOwnHoldsQuery = z.object({
  status: z.enum(['open', 'all']).default('open').describe('open: held or being checked out'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The caller's holds, newest first (by default only the open ones, e.g. to resume a checkout). */
export async function listOwnHolds(prisma: PrismaClient, userId: string, query: z.infer<typeof ZListOwnHoldsQuery>): Promise<HoldView[]> {
  const rows = await prisma.limitedHold.findMany({
    where: { userId, ...(query.status === 'open' ? { status: { in: ['held', 'checking_out'] } } : {}) },
    orderBy: { createdAt: 'desc' },
    take: query.limit,
  });
  return rows.map(toHoldView);
}
