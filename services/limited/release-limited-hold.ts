import type { PrismaClient, Tx } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';

/** What a release did: `released` is false when the hold was already closed (nothing moved). */
export interface ReleaseOutcome {
  released: boolean;
  packageCode: string | null;
  stockLeft: number | null;
}

/** Transaction options of the hold's writes: many holds may queue on one package row. */
export const HOLD_TX = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * Returns a hold's unit to stock exactly once, inside the caller's transaction. The hold row
 * moving out of an open state (held, checking_out) is the once-only key: a retry or a second
 * caller matches no row and changes nothing. A promo use reserved by the hold is given back too.
 */
export async function releaseHoldIn(tx: Tx, holdId: string, reason: string): Promise<ReleaseOutcome> {
  const holds = await tx.$queryRaw<{ package_code: string; user_id: string }[]>`
    UPDATE limited_holds SET status = 'released', release_reason = ${reason}, closed_at = now(), updated_at = now()
    WHERE id = ${holdId}::uuid AND status IN ('held', 'checking_out')
    RETURNING package_code, user_id::text`;
  const hold = holds[0];
  if (!hold) return { released: false, packageCode: null, stockLeft: null };
  const stock = await tx.$queryRaw<{ stock_left: number }[]>`
    UPDATE limited_packages SET stock_left = stock_left + 1, updated_at = now() WHERE code = ${hold.package_code} RETURNING stock_left`;
  const promo = await tx.$queryRaw<{ promo_code: string }[]>`
    UPDATE promo_redemptions SET status = 'released', updated_at = now() WHERE hold_id = ${holdId}::uuid AND status = 'reserved' RETURNING promo_code`;
  if (promo[0]) await tx.$executeRaw`UPDATE promo_codes SET used_count = used_count - 1, updated_at = now() WHERE code = ${promo[0].promo_code}`;
  const stockLeft = stock[0]!.stock_left;
  await writeOutbox(tx, {
    topic: TOPICS.limited,
    type: 'limited.hold_released',
    key: hold.user_id,
    payload: { holdId, packageCode: hold.package_code, userId: hold.user_id, reason, stockLeft, promoCode: promo[0]?.promo_code ?? null },
  });
  return { released: true, packageCode: hold.package_code, stockLeft };
}

/** Releases a hold in a transaction of its own (see releaseHoldIn). */
export async function releaseLimitedHold(prisma: PrismaClient, opts: { holdId: string; reason: string }): Promise<ReleaseOutcome> {
  return prisma.$transaction((tx) => releaseHoldIn(tx, opts.holdId, opts.reason), HOLD_TX);
}
