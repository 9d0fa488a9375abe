import { Router } from 'express';
import { z } from 'zod';
import { ZReasonRequest } from '../../services/admin/ban-player.ts';
import { listProductsForAdmin, setProductDeleted, upsertProduct, ZProductId, ZUpsertProductRequest } from '../../services/admin/manage-catalog.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZAdminProduct = z.object({
  id: z.number().int(),
  name: z.string(),
  gold: z.number().int(),
  list_price_cents: z.number().int(),
  price_cents_now: z.number().int(),
  discount_percent: z.number().int(),
  discount_active: z.boolean(),
  discount_starts_at: z.string().nullable(),
  discount_ends_at: z.string().nullable(),
  catalog_version: z.number().int(),
  vip_only: z.boolean(),
  sort_order: z.number().int(),
  deleted: z.boolean(),
  deleted_at: z.string().nullable(),
  updated_at: z.string(),
});
const ZProductParams = z.object({ id: ZProductId });

/** Operators: the gold-pack catalog, with soft delete and restore; every change audited. */
export function createAdminCatalogRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/catalog' });

  route({
    method: 'get',
    path: '/products',
    summary: 'Every product, deleted ones included, with the price charged now',
    tags: ['admin'],
    auth: 'admin',
    responses: { 200: { description: 'Products', schema: z.object({ items: z.array(ZAdminProduct) }) } },
    handler: async () => ({ items: await listProductsForAdmin(deps.prisma) }),
  });

  route({
    method: 'put',
    path: '/products/:id',
    summary: 'Create or replace a product (VIP-only flag, catalog version 1/2, a discount with start and end)',
    tags: ['admin'],
    auth: 'admin',
    params: ZProductParams,
    body: ZUpsertProductRequest,
    responses: { 201: { description: 'Created', schema: ZAdminProduct }, 200: { description: 'Updated', schema: ZAdminProduct } },
    handler: async ({ req, reply, params, body }) => {
      const { product, created } = await upsertProduct(deps.prisma, { id: params.id, adminId: authOf(req).sub, body });
      reply(created ? 201 : 200, product);
    },
  });

  for (const [action, deleted, summary] of [
    ['delete', true, 'Soft-delete a product: it leaves the shop (buying it is 404); old purchases keep its name'],
    ['restore', false, 'Bring a soft-deleted product back to the shop'],
  ] as const) {
    route({
      method: 'post',
      path: `/products/:id/${action}`,
      summary,
      tags: ['admin'],
      auth: 'admin',
      params: ZProductParams,
      body: ZReasonRequest,
      responses: { 200: { description: 'The product', schema: ZAdminProduct } },
      errors: ['not_found'],
      handler: ({ req, params, body }) => setProductDeleted(deps.prisma, { id: params.id, adminId: authOf(req).sub, reason: body.reason, deleted }),
    });
  }
  return router;
}
