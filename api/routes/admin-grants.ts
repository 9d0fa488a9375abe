import { Router } from 'express';
import { z } from 'zod';
import { ZReasonRequest } from '../../services/admin/ban-player.ts';
import { createGrantBatch, decideGrantBatch, getGrantBatch, listGrantBatches, ZCreateGrantBatchRequest, ZGrantBatch, ZGrantBatchItemsQuery } from '../../services/admin/grant-batches.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';
import { idempotencyKeyOf } from '../http/idempotency-key.ts';
import { ZIdempotencyKey } from '../../services/shop/start-purchase.ts';

const ZBatchParams = z.object({ id: z.uuid('must be a batch id') });

/** Operators: bulk gold grants run as `grant-batch:<id>` workflows, with maker-checker above the threshold. */
export function createAdminGrantsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/grant-batches' });

  route({
    method: 'get',
    path: '/',
    summary: 'The newest grant batches with their progress',
    tags: ['admin'],
    auth: 'admin',
    responses: { 200: { description: 'Newest first', schema: z.object({ items: z.array(ZGrantBatch) }) } },
    handler: async () => ({ items: await listGrantBatches(deps) }),
  });

  route({
    method: 'post',
    path: '/',
    summary: 'Grant the same amount to up to 10,000 listed players, or to every player in a segment, as workflow grant-batch:<id>; above the approval threshold it waits for a second operator',
    tags: ['admin'],
    auth: 'admin',
    body: ZCreateGrantBatchRequest,
    headers: { 'Idempotency-Key': { description: 'Required. The same key returns the same batch: it pays once.', required: true, schema: ZIdempotencyKey } },
    responses: {
      202: { description: 'Accepted: running or awaiting approval', schema: z.object({ batch: ZGrantBatch, duplicates_ignored: z.number().int() }) },
      200: { description: 'A retry: the same batch', schema: z.object({ batch: ZGrantBatch, duplicates_ignored: z.number().int() }) },
    },
    errors: ['idempotency_key_reused', 'segment_empty', 'segment_too_large'],
    handler: async ({ req, res, reply, body }) => {
      const { batch, replayed, duplicates_ignored } = await createGrantBatch(deps, { makerId: authOf(req).sub, idempotencyKey: idempotencyKeyOf(req, true), body });
      res.setHeader('Location', `/api/admin/grant-batches/${batch.id}`);
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      reply(replayed ? 200 : 202, { batch, duplicates_ignored });
    },
  });

  route({
    method: 'get',
    path: '/:id',
    summary: 'A batch and a page of its per-player results (?status=granted|already_granted|unknown|banned|pending&after=&limit=)',
    tags: ['admin'],
    auth: 'admin',
    params: ZBatchParams,
    query: ZGrantBatchItemsQuery,
    responses: {
      200: {
        description: 'The batch',
        schema: z.object({ batch: ZGrantBatch, items: z.array(z.object({ user_id: z.string(), status: z.string() })), next_after: z.string().nullable() }),
      },
    },
    errors: ['not_found'],
    handler: ({ params, query }) => getGrantBatch(deps, params.id, query),
  });

  for (const [action, approve] of [['approve', true], ['reject', false]] as const) {
    route({
      method: 'post',
      path: `/:id/${action}`,
      summary: approve ? 'Approve a batch awaiting approval (not its maker: 403)' : 'Reject a batch awaiting approval: it is cancelled, nothing paid',
      tags: ['admin'],
      auth: 'admin',
      params: ZBatchParams,
      body: ZReasonRequest,
      responses: {
        200: { description: 'The batch', schema: ZGrantBatch },
      },
      errors: ['not_found', 'maker_cannot_decide', 'not_awaiting_approval'],
      handler: ({ req, params, body }) => decideGrantBatch(deps, { batchId: params.id, adminId: authOf(req).sub, approve, reason: body.reason }),
    });
  }

  return router;
}
