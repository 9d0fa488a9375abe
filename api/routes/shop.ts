import { Router } from 'express';
import { z } from 'zod';
import { WEBHOOK_HEADERS } from '../../lib/payments/webhook-signature.ts';
import { acceptPaymentWebhook } from '../../services/shop/accept-payment-webhook.ts';
import { assertProductTargeted, filterTargeted, segmentOfPlayer } from '../../services/segments/targeting.ts';
import { listCatalog } from '../../services/shop/list-catalog.ts';
import { getOwnPurchase, listOwnPurchases } from '../../services/shop/list-purchases.ts';
import { ZCreatePurchaseRequest, ZIdempotencyKey, startPurchase } from '../../services/shop/start-purchase.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

export const ZPurchase = z.object({
  receipt_code: z.string(),
  product_id: z.number().int().nullable(),
  limited_package_code: z.string().nullable(),
  promo_code: z.string().nullable(),
  product_name: z.string(),
  gold: z.number().int(),
  amount_cents: z.number().int(),
  currency: z.string(),
  status: z.enum(['pending', 'success', 'failed', 'refunded']),
  failure_reason: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  completed_at: z.string().nullable(),
});
const ZCatalogProduct = z.object({
  id: z.number().int(),
  name: z.string(),
  gold: z.number().int(),
  price_cents: z.number().int(),
  list_price_cents: z.number().int(),
  discount_percent: z.number().int(),
  discount_ends_at: z.string().nullable(),
  currency: z.string(),
  vip_only: z.boolean(),
  segments: z.array(z.string()).describe('segments the product targets; empty = everyone'),
  available: z.boolean(),
  catalog_version: z.number().int(),
});
const ZReceiptParams = z.object({ receipt: z.string().regex(/^CC-[A-Z0-9]{14}$/, 'must be a receipt code like CC-ABCDEFGH234567') });

/** The catalog, real-money purchases and the provider's webhook. */
export function createShopRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/shop' });

  route({
    method: 'get',
    path: '/catalog',
    summary: 'Gold packs on sale to the caller, priced now (catalog 2 only with ECONOMY_V2; targeted products only for their segments)',
    tags: ['shop'],
    auth: 'user',
    responses: { 200: { description: 'The catalog', schema: z.object({ products: z.array(ZCatalogProduct) }) } },
    handler: async ({ req }) => {
      const auth = authOf(req);
      const [products, segment] = await Promise.all([
        listCatalog(deps.prisma, { role: auth.role, economyV2: deps.config.ECONOMY_V2 }),
        segmentOfPlayer(deps.prisma, auth.sub),
      ]);
      return { products: filterTargeted(products, segment) };
    },
  });

  route({
    method: 'post',
    path: '/purchases',
    summary: 'Buy a gold pack: authorize → capture → grant on Temporal; answers once decided or after ~2 s as pending',
    tags: ['shop'],
    auth: 'user',
    body: ZCreatePurchaseRequest,
    headers: { 'Idempotency-Key': { description: 'Required. The same key and body return the same purchase.', required: true, schema: ZIdempotencyKey } },
    responses: {
      201: { description: 'The purchase (status may still be pending)', schema: ZPurchase },
      200: { description: 'A retry of an earlier request: the same purchase', schema: ZPurchase },
    },
    errors: ['not_found', 'vip_only', 'not_targeted', 'idempotency_key_reused'],
    handler: async ({ req, res, body, reply }) => {
      // The route checked the header against ZIdempotencyKey.
      const auth = authOf(req);
      await assertProductTargeted(deps.prisma, { productId: body.product_id, userId: auth.sub });
      const { purchase, replayed } = await startPurchase(deps, { user: { id: auth.sub, role: auth.role }, idempotencyKey: req.get('idempotency-key')!, body });
      res.setHeader('Location', `/api/shop/purchases/${purchase.receipt_code}`);
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      reply(replayed ? 200 : 201, purchase);
    },
  });

  route({
    method: 'get',
    path: '/purchases/:receipt',
    summary: "One of the caller's purchases (another player's is 404)",
    tags: ['shop'],
    auth: 'user',
    params: ZReceiptParams,
    responses: { 200: { description: 'The purchase', schema: ZPurchase } },
    errors: ['not_found'],
    handler: ({ req, params }) => getOwnPurchase(deps.prisma, authOf(req).sub, params.receipt),
  });

  route({
    method: 'get',
    path: '/purchases',
    summary: "The caller's purchases, newest first",
    tags: ['shop'],
    auth: 'user',
    query: z.object({
      status: z.enum(['pending', 'success', 'failed', 'refunded']).optional(),
      cursor: ZReceiptParams.shape.receipt.optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
    responses: { 200: { description: 'A page of purchases', schema: z.object({ items: z.array(ZPurchase), next_cursor: z.string().nullable() }) } },
    handler: ({ req, query }) => listOwnPurchases(deps.prisma, { userId: authOf(req).sub, ...query }),
  });

  route({
    method: 'post',
    path: '/webhook/payment',
    summary: 'The payment provider reports a status change (HMAC-SHA256 over timestamp.nonce.body)',
    tags: ['shop'],
    headers: {
      [WEBHOOK_HEADERS.signature]: { description: 'hex HMAC-SHA256(secret, `${timestamp}.${nonce}.${body}`)', required: true, schema: z.string().regex(/^[0-9a-f]{64}$/) },
      [WEBHOOK_HEADERS.timestamp]: { description: 'unix seconds; more than 300 s of skew is refused', required: true, schema: z.string().regex(/^[0-9]{1,12}$/) },
      [WEBHOOK_HEADERS.nonce]: { description: 'unique per delivery; a replay is refused', required: true, schema: z.string().regex(/^[\x21-\x7E]{1,200}$/) },
    },
    responses: { 200: { description: 'Accepted (or a duplicate event, which changes nothing)', schema: z.object({ received: z.literal(true), duplicate: z.boolean() }) } },
    errors: ['webhook_signature_invalid', 'webhook_stale', 'webhook_replayed', 'webhook_amount_mismatch', 'not_found'],
    handler: ({ req }) =>
      acceptPaymentWebhook(deps, {
        rawBody: req.rawBody ?? Buffer.alloc(0),
        signature: req.get(WEBHOOK_HEADERS.signature),
        timestamp: req.get(WEBHOOK_HEADERS.timestamp),
        nonce: req.get(WEBHOOK_HEADERS.nonce),
      }),
  });

  return router;
}
