import { Router } from 'express';
import { z } from 'zod';
import { listOpenHolds, ZOpenHoldsQuery } from '../../services/limited/list-open-holds.ts';
import { ZLimitedCode } from '../../services/limited/rules.ts';
import {
  disableLimitedPackage,
  listLimitedPackagesForAdmin,
  upsertLimitedPackage,
  ZUpsertLimitedPackageRequest,
} from '../../services/limited/upsert-limited-package.ts';
import { listPromoCodes, upsertPromoCode, ZUpsertPromoCodeRequest } from '../../services/limited/upsert-promo-code.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';
import { ZHold, ZLimitedPackageBase } from './limited.ts';
import { zReason } from '../../lib/text.ts';

const ZAdminPackage = ZLimitedPackageBase.extend({
  is_active: z.boolean(),
  held: z.number().int().describe('units in open holds'),
  sold: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
const ZPromoCode = z.object({
  code: z.string(),
  discount_cents: z.number().int().nullable(),
  discount_percent: z.number().int().nullable(),
  package_code: z.string().nullable(),
  starts_at: z.string().nullable(),
  ends_at: z.string().nullable(),
  max_uses: z.number().int().nullable(),
  used_count: z.number().int(),
  is_active: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
});
const ZCodeParams = z.object({ code: ZLimitedCode });

/** Operators: limited packages (upsert, disable), promo codes (upsert) and open holds; every change audited. */
export function createAdminLimitedRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/limited' });

  route({
    method: 'get',
    path: '/packages',
    summary: 'Every limited package, inactive ones included, with units held and sold',
    tags: ['admin'],
    auth: 'admin',
    responses: { 200: { description: 'By code', schema: z.object({ items: z.array(ZAdminPackage) }) } },
    handler: async () => ({ items: await listLimitedPackagesForAdmin(deps.prisma) }),
  });

  route({
    method: 'put',
    path: '/packages/:code',
    summary: 'Create or replace a limited package; stock_total keeps held and sold units counted (409 stock_below_committed)',
    tags: ['admin'],
    auth: 'admin',
    params: ZCodeParams,
    body: ZUpsertLimitedPackageRequest,
    responses: {
      201: { description: 'Created', schema: ZAdminPackage },
      200: { description: 'Updated', schema: ZAdminPackage },
    },
    errors: ['stock_below_committed', 'invalid_time_window'],
    handler: async ({ req, params, body, reply }) => {
      const { package: pkg, created } = await upsertLimitedPackage(deps, { code: params.code, adminId: authOf(req).sub, body });
      reply(created ? 201 : 200, pkg);
    },
  });

  route({
    method: 'post',
    path: '/packages/:code/disable',
    summary: 'Take a package off sale: new holds answer INACTIVE; open holds may still check out',
    tags: ['admin'],
    auth: 'admin',
    params: ZCodeParams,
    body: z.object({ reason: zReason().optional() }),
    responses: { 200: { description: 'The package', schema: ZAdminPackage } },
    errors: ['not_found'],
    handler: ({ req, params, body }) => disableLimitedPackage(deps.prisma, { code: params.code, adminId: authOf(req).sub, reason: body.reason }),
  });

  route({
    method: 'get',
    path: '/promo-codes',
    summary: 'Every promo code with its uses so far',
    tags: ['admin'],
    auth: 'admin',
    responses: { 200: { description: 'Newest first', schema: z.object({ items: z.array(ZPromoCode) }) } },
    handler: async () => ({ items: await listPromoCodes(deps.prisma) }),
  });

  route({
    method: 'put',
    path: '/promo-codes/:code',
    summary: 'Create or replace a promo code (cents or percent off, window, max uses); is_active: false disables it',
    tags: ['admin'],
    auth: 'admin',
    params: ZCodeParams,
    body: ZUpsertPromoCodeRequest,
    responses: {
      201: { description: 'Created', schema: ZPromoCode },
      200: { description: 'Updated (the use count is kept)', schema: ZPromoCode },
    },
    errors: ['max_uses_below_used', 'not_found', 'invalid_time_window'],
    handler: async ({ req, params, body, reply }) => {
      const { promo, created } = await upsertPromoCode(deps.prisma, { code: params.code, adminId: authOf(req).sub, body });
      reply(created ? 201 : 200, promo);
    },
  });

  route({
    method: 'get',
    path: '/holds',
    summary: 'Open holds (held or being checked out), oldest first, with their Temporal UI links',
    tags: ['admin'],
    auth: 'admin',
    query: ZOpenHoldsQuery,
    responses: {
      200: {
        description: 'Open holds',
        schema: z.object({ items: z.array(ZHold.extend({ user_id: z.string(), workflow_id: z.string(), temporal_ui_url: z.string() })) }),
      },
    },
    handler: async ({ query }) => ({ items: await listOpenHolds(deps.prisma, deps.config, query) }),
  });

  return router;
}
