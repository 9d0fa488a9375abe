import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { ZLimitedCode } from './rules.ts';
import { toPromoCodeView, type PromoCodeView } from './views.ts';
import { zReason } from '../../lib/text.ts';

const ZInstant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

/** Body of `PUT /api/admin/limited/promo-codes/:code`: exactly one of discount_cents and discount_percent. */
export const ZUpsertPromoCodeRequest = z
  .object({
    discount_cents: z.number().int().positive().max(1_000_000).nullish(),
    discount_percent: z.number().int().min(1).max(90).nullish(),
    /** Null or absent: valid for every limited package. */
    package_code: ZLimitedCode.nullish(),
    starts_at: ZInstant.nullish(),
    ends_at: ZInstant.nullish(),
    /** Null or absent: unlimited. */
    max_uses: z.number().int().min(1).max(10_000_000).nullish(),
    is_active: z.boolean().default(true),
    reason: zReason().optional(),
  })
  .refine((b) => (b.discount_cents == null) !== (b.discount_percent == null), { message: 'give exactly one of discount_cents and discount_percent', path: ['discount_cents'] })
  .meta({ oneOf: [{ required: ['discount_cents'], properties: { discount_cents: { type: 'integer' } } }, { required: ['discount_percent'], properties: { discount_percent: { type: 'integer' } } }] })
  .refine((b) => !b.starts_at || !b.ends_at || b.starts_at < b.ends_at, { message: 'starts_at must be before ends_at', path: ['ends_at'], params: { rule: 'invalid_time_window' } });
export type UpsertPromoCodeRequest = z.infer<typeof ZUpsertPromoCodeRequest>;

/**
 * Creates or replaces a promo code, audited; its use count is kept. A max_uses below the
 * uses already counted is refused (409 `max_uses_below_used`). `is_active: false` disables it.
 */
export async function upsertPromoCode(
  prisma: PrismaClient,
  opts: { code: string; adminId: string; body: UpsertPromoCodeRequest },
): Promise<{ promo: PromoCodeView; created: boolean }> {
  const { body } = opts;
  const fields = {
    discountCents: body.discount_cents ?? null,
    discountPercent: body.discount_percent ?? null,
    packageCode: body.package_code ?? null,
    startsAt: body.starts_at ?? null,
    endsAt: body.ends_at ?? null,
    maxUses: body.max_uses ?? null,
    isActive: body.is_active,
  };
  return prisma.$transaction(async (tx) => {
    if (fields.packageCode && !(await tx.limitedPackage.findUnique({ where: { code: fields.packageCode }, select: { code: true } }))) {
      throw AppError.of('not_found', `No limited package ${fields.packageCode}`);
    }
    const locked = await tx.$queryRaw<{ used_count: number }[]>`SELECT used_count FROM promo_codes WHERE code = ${opts.code} FOR UPDATE`;
    const before = locked[0];
    if (before && fields.maxUses !== null && fields.maxUses < before.used_count) {
      throw new AppError('max_uses_below_used', `The code was used ${before.used_count} times: max_uses cannot go below that`, { used_count: before.used_count });
    }
    const row = before
      ? await tx.promoCode.update({ where: { code: opts.code }, data: fields })
      : await tx.promoCode.create({ data: { code: opts.code, ...fields } });
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: before ? 'promo_code.update' : 'promo_code.create',
      targetType: 'promo_code',
      targetId: opts.code,
      reason: body.reason ?? 'promo code upsert',
      details: { after: toPromoCodeView(row) as unknown as Record<string, unknown> },
    });
    return { promo: toPromoCodeView(row), created: !before };
  });
}

/** Every promo code for operators, newest first. */
export async function listPromoCodes(prisma: PrismaClient): Promise<PromoCodeView[]> {
  return (await prisma.promoCode.findMany({ orderBy: { createdAt: 'desc' } })).map(toPromoCodeView);
}
