import { announceStock } from '../services/limited/announce-stock.ts';
import { beginLimitedCheckout, type BeginCheckoutResult } from '../services/limited/begin-limited-checkout.ts';
import { releaseLimitedHold, type ReleaseOutcome } from '../services/limited/release-limited-hold.ts';
import { reserveLimitedUnit } from '../services/limited/reserve-limited-unit.ts';
import { settleLimitedCheckout, type SettleCheckoutResult } from '../services/limited/settle-limited-checkout.ts';
import type { Reservation } from '../workflows/messages/limited-hold.ts';
import type { ActivityDeps } from './index.ts';

/**
 * Activities of LimitedHoldWorkflow. Each is one transaction, idempotent by hold id, and
 * announces the package's stock to every client (`limited_stock`) after it committed.
 */
export function createLimitedActivities(deps: Pick<ActivityDeps, 'prisma' | 'redis' | 'log'>) {
  const { prisma, redis, log } = deps;
  return {
    /** Takes one unit for the hold, or says why not (INACTIVE, OUT_OF_WINDOW, OUT_OF_STOCK, USER_LIMIT). */
    async reserveLimitedUnit(input: { holdId: string; userId: string; packageCode: string; ttlMs: number }): Promise<Reservation> {
      const reservation = await reserveLimitedUnit(prisma, input);
      if (reservation.success) await announceStock(redis, log, reservation.packageCode, reservation.stockLeft);
      return reservation;
    },

    /** Starts the checkout: counts the promo code's use (or refuses the code) and marks the hold checking out. */
    async beginLimitedCheckout(input: { holdId: string; receiptCode: string; promoCode: string | null }): Promise<BeginCheckoutResult> {
      return beginLimitedCheckout(prisma, input);
    },

    /** After the purchase closed: sells the unit, or returns it to stock. */
    async settleLimitedCheckout(input: { holdId: string; receiptCode: string }): Promise<SettleCheckoutResult> {
      const settled = await settleLimitedCheckout(prisma, input);
      if (settled.stockLeft !== null) await announceStock(redis, log, settled.packageCode, settled.stockLeft);
      return settled;
    },

    /** Returns the unit of an expired or cancelled hold to stock, once. */
    async releaseLimitedHold(input: { holdId: string; reason: string }): Promise<ReleaseOutcome> {
      const released = await releaseLimitedHold(prisma, input);
      if (released.released) await announceStock(redis, log, released.packageCode!, released.stockLeft!);
      return released;
    },
  };
}
