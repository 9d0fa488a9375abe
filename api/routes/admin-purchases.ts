import { Router } from 'express';
import { z } from 'zod';
import { findPurchasesForSupport, ZStuckPurchasesQuery } from '../../services/shop/find-stuck-purchases.ts';
import { repairPurchase, ZRepairRequest, type RepairAction } from '../../services/shop/repair-purchase.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';
import { ZPurchase } from './shop.ts';

const ZAdminPurchase = ZPurchase.extend({
  user_id: z.string(),
  nickname: z.string(),
  provider_payment_id: z.string().nullable(),
  phase: z.string(),
  temporal_ui_url: z.string(),
});

/** Support: find stuck purchases and repair them (retry now, fail, refund), every action audited. */
export function createAdminPurchasesRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/purchases' });

  route({
    method: 'get',
    path: '/',
    summary: 'Purchases for support, e.g. ?status=pending&olderThan=5m, with their Temporal UI links',
    tags: ['admin'],
    auth: 'admin',
    query: ZStuckPurchasesQuery,
    responses: { 200: { description: 'Oldest first', schema: z.object({ items: z.array(ZAdminPurchase) }) } },
    handler: async ({ query }) => ({ items: await findPurchasesForSupport(deps.prisma, deps.config, query, deps.temporal) }),
  });

  for (const [action, summary] of [
    ['retry', 'Ask the provider now about a purchase waiting for it'],
    ['fail', 'Fail a purchase still waiting for the provider (its authorization is voided)'],
    ['refund', 'Refund a successful purchase: provider refund + ledger clawback (refused if the balance would go negative)'],
  ] as [RepairAction, string][]) {
    route({
      method: 'post',
      path: `/:receipt/${action}`,
      summary,
      tags: ['admin'],
      auth: 'admin',
      params: z.object({ receipt: z.string().min(1).max(40).regex(/^[A-Za-z0-9-]+$/, 'must be a receipt code') }),
      body: ZRepairRequest,
      responses: {
        200: { description: 'Done', schema: z.object({ purchase: ZPurchase, message: z.string() }) },
      },
      errors: ['not_found', 'not_pending', 'not_refundable', 'refund_blocked'],
      handler: ({ req, params, body }) => repairPurchase(deps, { receiptCode: params.receipt, action, adminId: authOf(req).sub, reason: body.reason }),
    });
  }

  return router;
}
