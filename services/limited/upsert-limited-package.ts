import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { Logger } from '../../lib/logger.ts';
import type { Redis } from '../../lib/redis.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { announceStock } from './announce-stock.ts';
import { HOLD_TX } from './release-limited-hold.ts';
import { ZSegmentTargets } from '../segments/targeting.ts';
import { toAdminPackageView, type AdminLimitedPackageView } from './views.ts';
import { zReason, zText } from '../../lib/text.ts';

const ZInstant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

/** Body of `PUT /api/admin/limited/packages/:code`: the whole package (an upsert). */
export const ZUpsertLimitedPackageRequest = z
  .object({
    name: zText({ max: 80 }),
    gold: z.number().int().positive().max(100_000_000),
    price_cents: z.number().int().positive().max(1_000_000),
    /** Payments are taken in USD (as for the catalog): the only currency accepted for now. */
    currency: z.enum(['USD']).default('USD'),
    /** The stock as configured; units already held or sold stay counted against it. */
    stock_total: z.number().int().min(0).max(10_000_000),
    per_user_limit: z.number().int().min(1).max(1_000).default(1),
    starts_at: ZInstant.nullish(),
    ends_at: ZInstant.nullish(),
    is_active: z.boolean().default(true),
    /** Player segments the package is offered to; empty or omitted = everyone. */
    segments: ZSegmentTargets.default([]),
    reason: zReason().optional(),
  })
  .refine((b) => !b.starts_at || !b.ends_at || b.starts_at < b.ends_at, { message: 'starts_at must be before ends_at', path: ['ends_at'], params: { rule: 'invalid_time_window' } });
export type UpsertLimitedPackageRequest = z.infer<typeof ZUpsertLimitedPackageRequest>;

export interface LimitedAdminDeps {
  prisma: PrismaClient;
  redis: Redis;
  log?: Logger;
}

/**
 * Creates or replaces a limited package, audited. Changing `stock_total` moves `stock_left` by
 * the same amount under the package's row lock, so units held or sold stay counted; a total
 * below them is refused (409 `stock_below_committed`).
 */
export async function upsertLimitedPackage(
  deps: LimitedAdminDeps,
  opts: { code: string; adminId: string; body: UpsertLimitedPackageRequest },
): Promise<{ package: AdminLimitedPackageView; created: boolean }> {
  const { body } = opts;
  const fields = {
    name: body.name,
    gold: body.gold,
    priceCents: body.price_cents,
    currency: body.currency,
    stockTotal: body.stock_total,
    perUserLimit: body.per_user_limit,
    startsAt: body.starts_at ?? null,
    endsAt: body.ends_at ?? null,
    isActive: body.is_active,
    segments: body.segments,
  };
  const outcome = await deps.prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ stock_total: number; stock_left: number }[]>`
      SELECT stock_total, stock_left FROM limited_packages WHERE code = ${opts.code} FOR UPDATE`;
    const before = locked[0];
    let created = false;
    if (!before) {
      await tx.limitedPackage.create({ data: { code: opts.code, ...fields, stockLeft: body.stock_total } });
      created = true;
    } else {
      const committed = before.stock_total - before.stock_left;
      if (body.stock_total < committed) {
        throw new AppError('stock_below_committed', `${committed} units are held or sold: stock_total cannot go below that`, { committed });
      }
      await tx.limitedPackage.update({ where: { code: opts.code }, data: { ...fields, stockLeft: body.stock_total - committed } });
    }
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: created ? 'limited_package.create' : 'limited_package.update',
      targetType: 'limited_package',
      targetId: opts.code,
      reason: body.reason ?? 'limited package upsert',
      details: { before: before ?? null, after: { ...fields, startsAt: fields.startsAt?.toISOString() ?? null, endsAt: fields.endsAt?.toISOString() ?? null } },
    });
    const row = await tx.limitedPackage.findUniqueOrThrow({ where: { code: opts.code } });
    return { row, created, stockMoved: !before || before.stock_left !== row.stockLeft };
  }, HOLD_TX);
  if (outcome.stockMoved) await announceStock(deps.redis, deps.log, outcome.row.code, outcome.row.stockLeft);
  const counts = await holdCounts(deps.prisma, [outcome.row.code]);
  return { package: toAdminPackageView(outcome.row, counts.get(outcome.row.code) ?? { held: 0, sold: 0 }), created: outcome.created };
}

/** Units in open holds and units sold, per package. */
export async function holdCounts(prisma: PrismaClient, codes: string[]): Promise<Map<string, { held: number; sold: number }>> {
  const groups = await prisma.limitedHold.groupBy({ by: ['packageCode', 'status'], where: { packageCode: { in: codes }, status: { in: ['held', 'checking_out', 'sold'] } }, _count: { _all: true } });
  const counts = new Map<string, { held: number; sold: number }>();
  for (const g of groups) {
    const c = counts.get(g.packageCode) ?? { held: 0, sold: 0 };
    if (g.status === 'sold') c.sold += g._count._all;
    else c.held += g._count._all;
    counts.set(g.packageCode, c);
  }
  return counts;
}

/** Every limited package for operators, inactive ones included, with units held and sold. */
export async function listLimitedPackagesForAdmin(prisma: PrismaClient): Promise<AdminLimitedPackageView[]> {
  const rows = await prisma.limitedPackage.findMany({ orderBy: { code: 'asc' } });
  const counts = await holdCounts(prisma, rows.map((r) => r.code));
  return rows.map((r) => toAdminPackageView(r, counts.get(r.code) ?? { held: 0, sold: 0 }));
}

/** Takes a package off sale (new holds answer INACTIVE); open holds may still check out. Audited. */
export async function disableLimitedPackage(prisma: PrismaClient, opts: { code: string; adminId: string; reason?: string }): Promise<AdminLimitedPackageView> {
  const row = await prisma.$transaction(async (tx) => {
    const found = await tx.limitedPackage.findUnique({ where: { code: opts.code } });
    if (!found) throw AppError.of('not_found', `No limited package ${opts.code}`);
    const updated = await tx.limitedPackage.update({ where: { code: opts.code }, data: { isActive: false } });
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: 'limited_package.disable',
      targetType: 'limited_package',
      targetId: opts.code,
      reason: opts.reason ?? 'limited package disabled',
      details: { wasActive: found.isActive },
    });
    return updated;
  });
  const counts = await holdCounts(prisma, [row.code]);
  return toAdminPackageView(row, counts.get(row.code) ?? { held: 0, sold: 0 });
}
