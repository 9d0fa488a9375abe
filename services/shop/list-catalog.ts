import type { Product } from '../../generated/prisma/client.ts';
import { activeDiscount, priceAt } from '../../domain/shop/catalog.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';

/** A product as a player sees it, priced at this moment. */
export interface CatalogProductView {
  id: number;
  name: string;
  gold: number;
  price_cents: number;
  list_price_cents: number;
  discount_percent: number;
  discount_ends_at: string | null;
  currency: string;
  vip_only: boolean;
  /** False for a VIP-only product and a non-VIP caller. */
  available: boolean;
  catalog_version: number;
}

type Role = 'STANDARD' | 'VIP' | 'ADMIN';
const canBuyVip = (role: Role) => role === 'VIP' || role === 'ADMIN';

export function toCatalogView(p: Product, role: Role, now: Date): CatalogProductView {
  const discount = activeDiscount(p, now);
  return {
    id: p.id,
    name: p.name,
    gold: p.gold,
    price_cents: priceAt(p, now),
    list_price_cents: p.listPriceCents,
    discount_percent: discount,
    discount_ends_at: discount > 0 && p.discountEndsAt ? p.discountEndsAt.toISOString() : null,
    currency: p.currency,
    vip_only: p.vipOnly,
    available: !p.vipOnly || canBuyVip(role),
    catalog_version: p.catalogVersion,
  };
}

/** The products on sale: catalog 1, plus catalog 2 when ECONOMY_V2 is on; soft-deleted ones hidden. */
export async function listCatalog(prisma: PrismaClient, opts: { role: Role; economyV2: boolean; now?: Date }): Promise<CatalogProductView[]> {
  const now = opts.now ?? new Date();
  const rows = await prisma.product.findMany({
    where: { deletedAt: null, catalogVersion: opts.economyV2 ? { in: [1, 2] } : 1 },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  return rows.map((p) => toCatalogView(p, opts.role, now));
}

/**
 * The product a player may buy now, priced now: 404 when it is not on sale (unknown,
 * deleted, or catalog 2 without the flag), 403 `vip_only` for a VIP product and a non-VIP.
 */
export async function productForPurchase(prisma: PrismaClient, opts: { productId: number; role: Role; economyV2: boolean; now?: Date }): Promise<CatalogProductView> {
  const p = await prisma.product.findUnique({ where: { id: opts.productId } });
  if (!p || p.deletedAt || (p.catalogVersion === 2 && !opts.economyV2)) throw AppError.of('not_found', `No product ${opts.productId} on sale`);
  const view = toCatalogView(p, opts.role, opts.now ?? new Date());
  if (!view.available) throw new AppError('vip_only', 'This product is for VIP players only');
  return view;
}
