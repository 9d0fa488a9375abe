import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';
import { holdWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import type { Reservation } from '../../workflows/messages/limited-hold.ts';
import { HOLD_TX } from './release-limited-hold.ts';
import { saleRefusal } from './rules.ts';

/** Hold statuses that count against the per-user limit: open holds and completed buys. */
export const COUNTED_HOLD_STATUSES = ['held', 'checking_out', 'sold'];

/** The advisory-lock key serializing one player's reservations of one package. */
export const holdLockKey = (packageCode: string, userId: string): string => `limited:${packageCode}:${userId}`;

/**
 * Reserves one unit for a hold, in one transaction:
 * 1. an advisory lock on (package, player), so the per-user count below sees every earlier reservation of that player;
 * 2. the hold already exists (a retry of this step): answered as it was, nothing moves;
 * 3. inactive or outside the window: refused;
 * 4. open holds plus completed buys of the player at the limit: USER_LIMIT;
 * 5. `UPDATE ... SET stock_left = stock_left - 1 WHERE stock_left > 0` and, in the same statement,
 *    the hold row expiring `ttlMs` from now: no row, OUT_OF_STOCK. The row lock the update takes
 *    serializes reservations of the package, and the stock can never go below zero (a CHECK too);
 * 6. an outbox fact.
 */
export async function reserveLimitedUnit(
  prisma: PrismaClient,
  input: { holdId: string; userId: string; packageCode: string; ttlMs: number },
): Promise<Reservation> {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended(${holdLockKey(input.packageCode, input.userId)}, 0))`;
    const existing = await tx.limitedHold.findUnique({ where: { id: input.holdId }, include: { package: { select: { name: true, stockLeft: true } } } });
    if (existing) {
      return {
        success: true,
        holdId: existing.id,
        packageCode: existing.packageCode,
        packageName: existing.package.name,
        priceCents: existing.priceCents,
        gold: existing.gold,
        currency: existing.currency,
        expiresAt: existing.expiresAt.toISOString(),
        stockLeft: existing.package.stockLeft,
      };
    }
    const pkg = await tx.limitedPackage.findUnique({ where: { code: input.packageCode } });
    if (!pkg) return { success: false, reason: 'INACTIVE' };
    const now = new Date();
    const refusal = saleRefusal(pkg, now);
    if (refusal) return { success: false, reason: refusal };
    const taken = await tx.limitedHold.count({ where: { packageCode: pkg.code, userId: input.userId, status: { in: COUNTED_HOLD_STATUSES } } });
    if (taken >= pkg.perUserLimit) return { success: false, reason: 'USER_LIMIT' };
    // The decrement and the hold row in one statement: the package row's lock, which serializes
    // every reservation of the package, is held only for this statement, the outbox row and the commit.
    const expiresAt = new Date(now.getTime() + input.ttlMs);
    const rows = await tx.$queryRaw<{ stock_left: number; price_cents: number; gold: number; currency: string; name: string }[]>`
      WITH unit AS (
        UPDATE limited_packages SET stock_left = stock_left - 1, updated_at = now()
        WHERE code = ${pkg.code} AND stock_left > 0
        RETURNING code, stock_left, price_cents, gold, currency, name
      ), hold AS (
        INSERT INTO limited_holds (id, package_code, user_id, price_cents, gold, currency, expires_at, workflow_id)
        SELECT ${input.holdId}::uuid, code, ${input.userId}::uuid, price_cents, gold, currency, ${expiresAt}::timestamptz, ${holdWorkflowId(input.holdId)} FROM unit
        RETURNING id
      )
      SELECT unit.stock_left, unit.price_cents, unit.gold, unit.currency, unit.name FROM unit, hold`;
    const unit = rows[0];
    if (!unit) return { success: false, reason: 'OUT_OF_STOCK' };
    await writeOutbox(tx, {
      topic: TOPICS.limited,
      type: 'limited.hold_placed',
      key: input.userId,
      payload: { holdId: input.holdId, packageCode: pkg.code, userId: input.userId, priceCents: unit.price_cents, expiresAt: expiresAt.toISOString(), stockLeft: unit.stock_left },
    });
    return {
      success: true,
      holdId: input.holdId,
      packageCode: pkg.code,
      packageName: unit.name,
      priceCents: unit.price_cents,
      gold: unit.gold,
      currency: unit.currency,
      expiresAt: expiresAt.toISOString(),
      stockLeft: unit.stock_left,
    };
  }, HOLD_TX);
}
