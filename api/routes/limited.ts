import { Router } from 'express';
import { z } from 'zod';
import { cancelHold } from '../../services/limited/cancel-hold.ts';
import { checkoutHold, ZCheckoutHoldRequest, ZHoldParams } from '../../services/limited/checkout-hold.ts';
import { getOwnHold, listOwnHolds, ZListOwnHoldsQuery } from '../../services/limited/get-hold.ts';
import { listLimitedPackages } from '../../services/limited/list-limited-packages.ts';
import { assertLimitedPackageTargeted, filterTargeted, segmentOfPlayer } from '../../services/segments/targeting.ts';
import { placeHold, ZPlaceHoldParams } from '../../services/limited/place-hold.ts';
import { validatePromo, ZValidatePromoRequest } from '../../services/limited/validate-promo.ts';
import { ZIdempotencyKey } from '../../services/shop/start-purchase.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { idempotencyKeyOf } from '../http/idempotency-key.ts';
import { createRouteBuilder } from '../http/route.ts';
import { ZPurchase } from './shop.ts';

/** A hold just placed (201), or the same hold answered again to a retry with its Idempotency-Key (200). */
const ZHeld = z.object({
  success: z.literal(true),
  hold_id: z.string(),
  package_code: z.string(),
  expires_at: z.string(),
  price_cents: z.number().int(),
  gold: z.number().int(),
  currency: z.string(),
  stock_left: z.number().int(),
});

/** A limited package as everyone sees it; players and operators each add their own fields. */
export const ZLimitedPackageBase = z.object({
  code: z.string(),
  name: z.string(),
  gold: z.number().int(),
  price_cents: z.number().int(),
  currency: z.string(),
  stock_total: z.number().int(),
  stock_left: z.number().int(),
  per_user_limit: z.number().int(),
  starts_at: z.string().nullable(),
  ends_at: z.string().nullable(),
  segments: z.array(z.string()).describe('segments the package targets; empty = everyone'),
});
const ZLimitedPackage = ZLimitedPackageBase.extend({
  user_remaining: z.number().int().describe("per_user_limit less the caller's open holds and completed buys"),
});

export const ZHold = z.object({
  hold_id: z.string(),
  package_code: z.string(),
  status: z.enum(['held', 'checking_out', 'sold', 'released']),
  price_cents: z.number().int(),
  gold: z.number().int(),
  currency: z.string(),
  expires_at: z.string(),
  receipt_code: z.string().nullable(),
  promo_code: z.string().nullable(),
  release_reason: z.string().nullable().describe('expired | cancelled | payment_failed | purchase_abandoned | workflow_cancelled'),
  created_at: z.string(),
  closed_at: z.string().nullable(),
});

/** A purchase of a limited package (also what GET /api/shop/purchases shows for one). */
export const ZLimitedPurchase = ZPurchase.extend({
  success: z.literal(true),
  hold_id: z.string(),
  product_id: z.number().int().nullable(),
  limited_package_code: z.string().nullable(),
  promo_code: z.string().nullable(),
  discount_cents: z.number().int(),
});

const ZBlocked = (reasons: [string, ...string[]]) => z.object({ success: z.literal(false), reason: z.enum(reasons) });

/** Limited packages: the sale list, holds (place, check out, cancel) and promo code previews. */
export function createLimitedRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/shop' });

  route({
    method: 'get',
    path: '/limited',
    summary: "Limited packages on sale now, with the stock left and the caller's remaining allowance",
    tags: ['limited'],
    auth: 'user',
    responses: {
      200: {
        description: 'Active packages inside their window (sold-out ones included); hold_ttl_seconds is how long a hold keeps its unit',
        schema: z.object({ packages: z.array(ZLimitedPackage), hold_ttl_seconds: z.number().int() }),
      },
    },
    handler: async ({ req }) => {
      const userId = authOf(req).sub;
      const [packages, segment] = await Promise.all([listLimitedPackages(deps.prisma, { userId }), segmentOfPlayer(deps.prisma, userId)]);
      return { packages: filterTargeted(packages, segment), hold_ttl_seconds: deps.config.LIMITED_HOLD_TTL_SECONDS };
    },
  });

  route({
    method: 'post',
    path: '/limited/:code/holds',
    summary: 'Hold one unit of a limited package for LIMITED_HOLD_TTL_SECONDS (LimitedHoldWorkflow hold:<id>)',
    tags: ['limited'],
    auth: 'user',
    params: ZPlaceHoldParams,
    headers: { 'Idempotency-Key': { description: 'Optional. The same key answers the same hold.', required: false, schema: ZIdempotencyKey } },
    responses: {
      201: { description: 'Held: check out before expires_at, or the unit returns to stock. Location: the hold', schema: ZHeld },
      200: {
        description: 'Blocked, or (a retry with the same Idempotency-Key) the earlier hold',
        schema: z.union([ZHeld, ZBlocked(['INACTIVE', 'OUT_OF_WINDOW', 'OUT_OF_STOCK', 'USER_LIMIT'])]),
      },
    },
    errors: ['not_found', 'not_targeted'],
    handler: async ({ req, res, params, reply }) => {
      const idempotencyKey = idempotencyKeyOf(req, false);
      await assertLimitedPackageTargeted(deps.prisma, { code: params.code, userId: authOf(req).sub });
      const { result, replayed } = await placeHold(deps, { userId: authOf(req).sub, packageCode: params.code, idempotencyKey });
      if (!result.success) return result;
      res.setHeader('Location', `/api/shop/limited/holds/${result.hold_id}`);
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      reply(replayed ? 200 : 201, result);
    },
  });

  route({
    method: 'get',
    path: '/limited/holds',
    summary: "The caller's holds, newest first (open ones by default)",
    tags: ['limited'],
    auth: 'user',
    query: ZListOwnHoldsQuery,
    responses: { 200: { description: 'Holds', schema: z.object({ items: z.array(ZHold) }) } },
    handler: async ({ req, query }) => ({ items: await listOwnHolds(deps.prisma, authOf(req).sub, query) }),
  });

  route({
    method: 'get',
    path: '/limited/holds/:id',
    summary: "One of the caller's holds (another player's is 404)",
    tags: ['limited'],
    auth: 'user',
    params: ZHoldParams,
    responses: { 200: { description: 'The hold', schema: ZHold } },
    errors: ['not_found'],
    handler: ({ req, params }) => getOwnHold(deps.prisma, authOf(req).sub, params.id),
  });

  route({
    method: 'post',
    path: '/limited/holds/:id/checkout',
    summary: 'Buy the held unit at the held price (less a promo code): a child PurchaseWorkflow authorize → capture → grant',
    tags: ['limited'],
    auth: 'user',
    params: ZHoldParams,
    body: ZCheckoutHoldRequest,
    headers: { 'Idempotency-Key': { description: 'Required. The same key and body return the same purchase.', required: true, schema: ZIdempotencyKey } },
    responses: {
      201: { description: 'The purchase (status may still be pending; success sells the unit, failure returns it to stock). Location: the purchase', schema: ZLimitedPurchase },
      200: {
        description: 'A retry of an earlier checkout (the same purchase), or a promo code that does not apply (the hold stays open)',
        schema: z.union([ZLimitedPurchase, ZBlocked(['PROMO_INVALID'])]),
      },
    },
    errors: ['not_found', 'hold_closed', 'hold_checked_out', 'idempotency_key_reused'],
    handler: async ({ req, res, params, body, reply }) => {
      const idempotencyKey = idempotencyKeyOf(req, true);
      const answer = await checkoutHold(deps, { userId: authOf(req).sub, holdId: params.id, idempotencyKey, body });
      if (answer.kind === 'blocked') return answer.body;
      res.setHeader('Location', `/api/shop/purchases/${answer.purchase.receipt_code}`);
      if (answer.replayed) res.setHeader('Idempotent-Replayed', 'true');
      reply(answer.replayed ? 200 : 201, answer.purchase);
    },
  });

  route({
    method: 'delete',
    path: '/limited/holds/:id',
    summary: 'Give the held unit back to stock (idempotent); a hold being checked out cannot be cancelled',
    tags: ['limited'],
    auth: 'user',
    params: ZHoldParams,
    responses: {
      200: { description: 'The released hold', schema: ZHold },
    },
    errors: ['not_found', 'hold_checked_out'],
    handler: ({ req, params }) => cancelHold(deps, { userId: authOf(req).sub, holdId: params.id }),
  });

  route({
    method: 'post',
    path: '/promo/validate',
    summary: 'Preview a promo code on a limited package (nothing is used: checkout checks and counts again)',
    tags: ['limited'],
    auth: 'user',
    body: ZValidatePromoRequest,
    responses: {
      200: {
        description: 'price_cents is what checkout would charge now',
        schema: z.object({
          valid: z.boolean(),
          price_cents: z.number().int(),
          discount_cents: z.number().int(),
          list_price_cents: z.number().int(),
          reason: z.literal('PROMO_INVALID').nullable(),
        }),
      },
    },
    errors: ['not_found'],
    handler: ({ body }) => validatePromo(deps.prisma, body),
  });

  return router;
}
