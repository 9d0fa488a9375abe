import { CATALOG_V1, CATALOG_V2 } from '../../domain/shop/catalog.ts';
import type { PrismaClient } from '../../lib/db/client.ts';

/**
 * Creates the catalog's products that do not exist yet. Existing rows are left alone, so
 * an operator's edits survive a restart. A product's discount end date counts from its creation.
 */
export async function seedCatalog(prisma: PrismaClient, now = new Date()): Promise<number> {
  // skipDuplicates: two processes seeding at once (parallel test files) must not collide.
  const { count } = await prisma.product.createMany({
    data: [...CATALOG_V1, ...CATALOG_V2].map((p) => ({
      id: p.id,
      name: p.name,
      gold: p.gold,
      listPriceCents: p.listPriceCents,
      discountPercent: p.discountPercent,
      discountEndsAt: p.discountDays === null ? null : new Date(now.getTime() + p.discountDays * 86_400_000),
      catalogVersion: p.catalogVersion,
      vipOnly: p.vipOnly,
      sortOrder: p.id,
    })),
    skipDuplicates: true,
  });
  return count;
}
