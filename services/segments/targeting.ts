import { isTargeted, SEGMENTS, type Segment } from '../../domain/segments.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { z } from 'zod';

/** A target list as operators send it: known segment names, no repeats; empty = everyone. */
export const ZSegmentTargets = z
  .array(z.enum(SEGMENTS))
  .max(SEGMENTS.length)
  .refine((list) => new Set(list).size === list.length, 'must not repeat a segment')
  .meta({ uniqueItems: true });

/** The player's current segment, or null before their first RFM run. */
export async function segmentOfPlayer(prisma: PrismaClient, userId: string): Promise<Segment | null> {
  const row = await prisma.playerSegment.findUnique({ where: { userId }, select: { segment: true } });
  return (row?.segment as Segment | undefined) ?? null;
}

function refuse(what: string): never {
  throw AppError.of('not_targeted', `${what} is not offered to your segment`);
}

/**
 * Refuses (403 `not_targeted`) a catalog product targeted at segments the player is not in.
 * One query (the product's targets and the player's segment together); an unknown product
 * passes through, for the purchase path to answer 404 as before.
 */
export async function assertProductTargeted(prisma: PrismaClient, opts: { productId: number; userId: string }): Promise<void> {
  const rows = await prisma.$queryRaw<{ segments: string[]; segment: string | null }[]>`
    SELECT p.segments, s.segment FROM products p LEFT JOIN player_segments s ON s.user_id = ${opts.userId}::uuid WHERE p.id = ${opts.productId}`;
  const row = rows[0];
  if (row && !isTargeted(row.segments, row.segment)) refuse(`Product ${opts.productId}`);
}

/** The same for a limited package (holds): 403 `not_targeted`; an unknown code passes through. */
export async function assertLimitedPackageTargeted(prisma: PrismaClient, opts: { code: string; userId: string }): Promise<void> {
  const rows = await prisma.$queryRaw<{ segments: string[]; segment: string | null }[]>`
    SELECT p.segments, s.segment FROM limited_packages p LEFT JOIN player_segments s ON s.user_id = ${opts.userId}::uuid WHERE p.code = ${opts.code}`;
  const row = rows[0];
  if (row && !isTargeted(row.segments, row.segment)) refuse(`Package ${opts.code}`);
}

/** Keeps the items a player in `segment` may see. */
export function filterTargeted<T extends { segments: readonly string[] }>(items: T[], segment: Segment | null): T[] {
  return items.filter((i) => isTargeted(i.segments, segment));
}

/** Who sets targets and why (audited). */
interface TargetChange {
  segments: Segment[];
  adminId: string;
  reason?: string;
}

/** Sets a catalog product's target segments (operators, audited); false when there is no such product. */
export async function setProductTargets(prisma: PrismaClient, opts: TargetChange & { productId: number }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id: opts.productId }, data: { segments: opts.segments } });
    if (count === 1) {
      await writeAuditLog(tx, { adminId: opts.adminId, action: 'product.targets', targetType: 'product', targetId: String(opts.productId), reason: opts.reason ?? 'set target segments', details: { segments: opts.segments } });
    }
    return count === 1;
  });
}

/** Sets a limited package's target segments (operators, audited); false when there is no such package. */
export async function setLimitedPackageTargets(prisma: PrismaClient, opts: TargetChange & { code: string }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.limitedPackage.updateMany({ where: { code: opts.code }, data: { segments: opts.segments } });
    if (count === 1) {
      await writeAuditLog(tx, { adminId: opts.adminId, action: 'limited_package.targets', targetType: 'limited_package', targetId: opts.code, reason: opts.reason ?? 'set target segments', details: { segments: opts.segments } });
    }
    return count === 1;
  });
}
