import type { PrismaClient } from '../../lib/db/client.ts';
import { COUNTED_HOLD_STATUSES } from './reserve-limited-unit.ts';
import type { LimitedPackageView } from './views.ts';

/**
 * The limited packages on sale now (active, inside their window), sold-out ones included, with
 * the stock left and what the caller may still buy (the limit less open holds and completed buys).
 */
export async function listLimitedPackages(prisma: PrismaClient, opts: { userId: string; now?: Date }): Promise<LimitedPackageView[]> {
  const now = opts.now ?? new Date();
  const rows = await prisma.limitedPackage.findMany({
    where: {
      isActive: true,
      AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }],
    },
    orderBy: [{ priceCents: 'asc' }, { code: 'asc' }],
  });
  const taken = await prisma.limitedHold.groupBy({
    by: ['packageCode'],
    where: { userId: opts.userId, packageCode: { in: rows.map((r) => r.code) }, status: { in: COUNTED_HOLD_STATUSES } },
    _count: { _all: true },
  });
  const takenBy = new Map(taken.map((t) => [t.packageCode, t._count._all]));
  return rows.map((p) => ({
    code: p.code,
    name: p.name,
    gold: p.gold,
    price_cents: p.priceCents,
    currency: p.currency,
    stock_total: p.stockTotal,
    stock_left: p.stockLeft,
    per_user_limit: p.perUserLimit,
    user_remaining: Math.max(0, p.perUserLimit - (takenBy.get(p.code) ?? 0)),
    starts_at: p.startsAt?.toISOString() ?? null,
    ends_at: p.endsAt?.toISOString() ?? null,
    segments: p.segments,
  }));
}
