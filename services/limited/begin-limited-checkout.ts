import { ApplicationFailure } from '@temporalio/common';
import type { PrismaClient } from '../../lib/db/client.ts';
import { HOLD_TX } from './release-limited-hold.ts';
import { discountCentsFor, promoRefusal } from './rules.ts';

/** A checkout that may go to payment (at `amountCents`), or a promo code that does not apply. */
export type BeginCheckoutResult =
  | { ok: true; amountCents: number; discountCents: number; promoCode: string | null }
  | { ok: false; reason: 'PROMO_INVALID' };

interface HoldRow {
  package_code: string;
  user_id: string;
  status: string;
  price_cents: number;
  receipt_code: string | null;
  promo_code: string | null;
}

/**
 * Moves a held unit to checkout, in one transaction: with a promo code, checks it (active,
 * window, package, not worth the whole price) and counts one use with a conditional update
 * (`used_count < max_uses`), so concurrent checkouts can never use it more than `max_uses`
 * times; the use is recorded per hold. An invalid code changes nothing and the hold stays open.
 * A retry for the same receipt answers what the first attempt decided.
 */
export async function beginLimitedCheckout(
  prisma: PrismaClient,
  input: { holdId: string; receiptCode: string; promoCode: string | null },
): Promise<BeginCheckoutResult> {
  return prisma.$transaction(async (tx) => {
    const holds = await tx.$queryRaw<HoldRow[]>`
      SELECT package_code, user_id::text, status, price_cents, receipt_code, promo_code
      FROM limited_holds WHERE id = ${input.holdId}::uuid FOR UPDATE`;
    const hold = holds[0];
    if (!hold) throw ApplicationFailure.create({ type: 'HoldNotFound', message: `no hold ${input.holdId}`, nonRetryable: true });
    if (hold.receipt_code === input.receiptCode) {
      // A retry after this step committed: the same answer.
      const use = await tx.promoRedemption.findUnique({ where: { holdId: input.holdId } });
      const discountCents = use?.discountCents ?? 0;
      return { ok: true, amountCents: hold.price_cents - discountCents, discountCents, promoCode: hold.promo_code };
    }
    if (hold.status !== 'held') {
      throw ApplicationFailure.create({ type: 'HoldNotOpen', message: `hold ${input.holdId} is ${hold.status}, not held`, nonRetryable: true });
    }
    let discountCents = 0;
    if (input.promoCode !== null) {
      const promo = await tx.promoCode.findUnique({ where: { code: input.promoCode } });
      if (!promo || promoRefusal(promo, { packageCode: hold.package_code, priceCents: hold.price_cents, now: new Date() })) return { ok: false, reason: 'PROMO_INVALID' };
      discountCents = discountCentsFor(promo, hold.price_cents);
      const counted = await tx.$executeRaw`
        UPDATE promo_codes SET used_count = used_count + 1, updated_at = now()
        WHERE code = ${promo.code} AND is_active AND (max_uses IS NULL OR used_count < max_uses)`;
      if (counted === 0) return { ok: false, reason: 'PROMO_INVALID' };
      await tx.promoRedemption.create({
        data: { holdId: input.holdId, promoCode: promo.code, userId: hold.user_id, receiptCode: input.receiptCode, discountCents },
      });
    }
    await tx.$executeRaw`
      UPDATE limited_holds SET status = 'checking_out', receipt_code = ${input.receiptCode}, promo_code = ${input.promoCode}, updated_at = now()
      WHERE id = ${input.holdId}::uuid`;
    return { ok: true, amountCents: hold.price_cents - discountCents, discountCents, promoCode: input.promoCode };
  }, HOLD_TX);
}
