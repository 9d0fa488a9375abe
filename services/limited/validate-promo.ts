import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { discountCentsFor, promoRefusal, ZLimitedCode } from './rules.ts';

/** Body of `POST /api/shop/promo/validate`. */
export const ZValidatePromoRequest = z.object({ code: ZLimitedCode, package_code: ZLimitedCode });

/** What the code would do to the package's price now; `price_cents` is what would be charged. */
export interface PromoValidation {
  valid: boolean;
  price_cents: number;
  discount_cents: number;
  list_price_cents: number;
  /** PROMO_INVALID when the code does not apply (unknown, inactive, outside its window, used up, another package). */
  reason: 'PROMO_INVALID' | null;
}

/**
 * Previews a promo code on a limited package without using it. Checkout checks again and
 * counts the use atomically, so a valid answer here is not a reservation.
 */
export async function validatePromo(prisma: PrismaClient, body: z.infer<typeof ZValidatePromoRequest>, now = new Date()): Promise<PromoValidation> {
  const pkg = await prisma.limitedPackage.findUnique({ where: { code: body.package_code } });
  if (!pkg) throw AppError.of('not_found', `No limited package ${body.package_code}`);
  const promo = await prisma.promoCode.findUnique({ where: { code: body.code } });
  if (!promo || promoRefusal(promo, { packageCode: pkg.code, priceCents: pkg.priceCents, now })) {
    return { valid: false, price_cents: pkg.priceCents, discount_cents: 0, list_price_cents: pkg.priceCents, reason: 'PROMO_INVALID' };
  }
  const discount = discountCentsFor(promo, pkg.priceCents);
  return { valid: true, price_cents: pkg.priceCents - discount, discount_cents: discount, list_price_cents: pkg.priceCents, reason: null };
}
