import { z } from 'zod';
import { zReason, zText } from '../../lib/text.ts';
import type { Product } from '../../generated/prisma/client.ts';
import { activeDiscount, priceAt } from '../../domain/shop/catalog.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { writeAuditLog } from './write-audit-log.ts';

const ZInstant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

/** Body of `PUT /api/admin/catalog/products/:id`: the whole product, and why. */
export const ZUpsertProductRequest = z
  .object({
    name: zText({ max: 80 }),
    gold: z.number().int().min(1).max(100_000_000),
    list_price_cents: z.number().int().min(1).max(1_000_000),
    discount_percent: z.number().int().min(0).max(90).default(0),
    discount_starts_at: ZInstant.nullish(),
    discount_ends_at: ZInstant.nullish(),
    catalog_version: z.union([z.literal(1), z.literal(2)]).default(1),
    vip_only: z.boolean().default(false),
    sort_order: z.number().int().min(0).max(10_000).default(0),
    reason: zReason(),
  })
  .refine((b) => !b.discount_starts_at || !b.discount_ends_at || b.discount_starts_at < b.discount_ends_at, {
    message: 'discount_starts_at must be before discount_ends_at',
    path: ['discount_ends_at'],
  });
export type UpsertProductRequest = z.infer<typeof ZUpsertProductRequest>;

/** Product ids operators may use. */
export const ZProductId = z.coerce.number().int().min(1).max(999_999);

/** A product as operators see it, deleted ones included. */
export interface AdminProductView {
  id: number;
  name: string;
  gold: number;
  list_price_cents: number;
  price_cents_now: number;
  discount_percent: number;
  discount_active: boolean;
  discount_starts_at: string | null;
  discount_ends_at: string | null;
  catalog_version: number;
  vip_only: boolean;
  sort_order: number;
  deleted: boolean;
  deleted_at: string | null;
  updated_at: string;
}

/** The operator's view of a products row. */
export const toAdminProductView = (p: Product, now = new Date()): AdminProductView => ({
  id: p.id,
  name: p.name,
  gold: p.gold,
  list_price_cents: p.listPriceCents,
  price_cents_now: priceAt(p, now),
  discount_percent: p.discountPercent,
  discount_active: activeDiscount(p, now) > 0,
  discount_starts_at: p.discountStartsAt?.toISOString() ?? null,
  discount_ends_at: p.discountEndsAt?.toISOString() ?? null,
  catalog_version: p.catalogVersion,
  vip_only: p.vipOnly,
  sort_order: p.sortOrder,
  deleted: p.deletedAt !== null,
  deleted_at: p.deletedAt?.toISOString() ?? null,
  updated_at: p.updatedAt.toISOString(),
});

/** Every product, deleted ones included, in shop order. */
export async function listProductsForAdmin(prisma: PrismaClient): Promise<AdminProductView[]> {
  return (await prisma.product.findMany({ orderBy: [{ catalogVersion: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }] })).map((p) => toAdminProductView(p));
}

/** Creates or replaces a product, audited with before and after. A deleted product stays deleted. */
export async function upsertProduct(prisma: PrismaClient, opts: { id: number; adminId: string; body: UpsertProductRequest }): Promise<{ product: AdminProductView; created: boolean }> {
  const { body } = opts;
  const fields = {
    name: body.name,
    gold: body.gold,
    listPriceCents: body.list_price_cents,
    discountPercent: body.discount_percent,
    discountStartsAt: body.discount_starts_at ?? null,
    discountEndsAt: body.discount_ends_at ?? null,
    catalogVersion: body.catalog_version,
    vipOnly: body.vip_only,
    sortOrder: body.sort_order,
  };
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM products WHERE id = ${opts.id} FOR UPDATE`;
    const before = locked ? await tx.product.findUniqueOrThrow({ where: { id: opts.id } }) : null;
    const row = before ? await tx.product.update({ where: { id: opts.id }, data: fields }) : await tx.product.create({ data: { id: opts.id, ...fields } });
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: before ? 'product.update' : 'product.create',
      targetType: 'product',
      targetId: String(opts.id),
      reason: body.reason,
      before: before ? toAdminProductView(before) : null,
      after: toAdminProductView(row),
    });
    return { product: toAdminProductView(row), created: !before };
  });
}

/**
 * Soft-deletes (`deleted: true`) or restores a product, audited. A deleted product leaves the
 * shop (buying it is 404) but its row stays, so old purchases keep showing its name.
 */
export async function setProductDeleted(prisma: PrismaClient, opts: { id: number; adminId: string; reason: string; deleted: boolean }): Promise<AdminProductView> {
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM products WHERE id = ${opts.id} FOR UPDATE`;
    if (!locked) throw AppError.of('not_found', `No product ${opts.id}`);
    const before = await tx.product.findUniqueOrThrow({ where: { id: opts.id } });
    const row = await tx.product.update({ where: { id: opts.id }, data: { deletedAt: opts.deleted ? (before.deletedAt ?? new Date()) : null } });
    await writeAuditLog(tx, {
      adminId: opts.adminId,
      action: opts.deleted ? 'product.delete' : 'product.restore',
      targetType: 'product',
      targetId: String(opts.id),
      reason: opts.reason,
      before: { deleted: before.deletedAt !== null },
      after: { deleted: row.deletedAt !== null },
    });
    return toAdminProductView(row);
  });
}
