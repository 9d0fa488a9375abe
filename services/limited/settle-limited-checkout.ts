import type { PurchaseStatus } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';
import { HOLD_TX, releaseHoldIn } from './release-limited-hold.ts';

/** How a checkout ended for the hold: the unit sold, or back in stock (with the stock now). */
export interface SettleCheckoutResult {
  outcome: 'sold' | 'released';
  purchaseStatus: PurchaseStatus;
  failureReason: string | null;
  releaseReason: string | null;
  packageCode: string;
  /** Set when this call returned the unit to stock. */
  stockLeft: number | null;
}

/**
 * Ends a checkout once its PurchaseWorkflow has closed, reading the purchase's read model (which
 * the purchase writes before it completes): success sells the unit and marks the promo use used;
 * anything else (failed, or a purchase that was terminated before deciding) returns the unit to
 * stock and gives the promo use back. Idempotent by hold id: a retry finds the hold closed.
 */
export async function settleLimitedCheckout(prisma: PrismaClient, input: { holdId: string; receiptCode: string }): Promise<SettleCheckoutResult> {
  return prisma.$transaction(async (tx) => {
    const holds = await tx.$queryRaw<{ package_code: string; user_id: string; status: string; release_reason: string | null }[]>`
      SELECT package_code, user_id::text, status, release_reason FROM limited_holds WHERE id = ${input.holdId}::uuid FOR UPDATE`;
    const hold = holds[0];
    if (!hold) throw new Error(`no hold ${input.holdId}`);
    const purchase = await tx.purchase.findUnique({ where: { receiptCode: input.receiptCode }, select: { status: true, failureReason: true } });
    const purchaseStatus: PurchaseStatus = purchase?.status ?? 'failed';
    const failureReason = purchase ? purchase.failureReason : 'purchase_not_started';
    const base = { purchaseStatus, failureReason, packageCode: hold.package_code, stockLeft: null };
    if (hold.status === 'sold') return { ...base, outcome: 'sold', releaseReason: null };
    if (hold.status === 'released') return { ...base, outcome: 'released', releaseReason: hold.release_reason };

    if (purchaseStatus === 'success' || purchaseStatus === 'refunded') {
      await tx.$executeRaw`UPDATE limited_holds SET status = 'sold', closed_at = now(), updated_at = now() WHERE id = ${input.holdId}::uuid`;
      await tx.$executeRaw`UPDATE promo_redemptions SET status = 'used', updated_at = now() WHERE hold_id = ${input.holdId}::uuid AND status = 'reserved'`;
      await writeOutbox(tx, {
        topic: TOPICS.limited,
        type: 'limited.hold_sold',
        key: hold.user_id,
        payload: { holdId: input.holdId, packageCode: hold.package_code, userId: hold.user_id, receiptCode: input.receiptCode },
      });
      return { ...base, outcome: 'sold', releaseReason: null };
    }
    const releaseReason = purchaseStatus === 'failed' ? 'payment_failed' : 'purchase_abandoned';
    const released = await releaseHoldIn(tx, input.holdId, releaseReason);
    return { ...base, outcome: 'released', releaseReason, stockLeft: released.stockLeft };
  }, HOLD_TX);
}
