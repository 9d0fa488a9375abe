import { Router } from 'express';
import { z } from 'zod';
import { claimEvent, ZClaimQuery, ZClaimResult } from '../../services/engagement/claim-event.ts';
import { joinEvent } from '../../services/engagement/join-event.ts';
import { getEvent, listEvents } from '../../services/engagement/list-events.ts';
import { ZEventParams, ZEventView, type EngagementKind } from '../../services/engagement/views.ts';
import { ZIdempotencyKey } from '../../services/shop/start-purchase.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { idempotencyKeyOf } from '../http/idempotency-key.ts';
import { createRouteBuilder } from '../http/route.ts';

/**
 * Events (`/api/events`) or missions (`/api/missions`): the list with the caller's progress,
 * join (starts EventParticipationWorkflow), one with its progress, and the claim (a workflow
 * update that pays once). Progress itself only comes from committed rounds, through Kafka.
 */
export function createEngagementRouter({ deps, registry, guards }: RouterContext, kind: EngagementKind): Router {
  const router = Router();
  const base = kind === 'event' ? '/api/events' : '/api/missions';
  const route = createRouteBuilder({ router, registry, guards, mountPath: base });
  const tag = kind === 'event' ? 'events' : 'missions';
  const noun = kind === 'event' ? 'event' : 'mission';

  route({
    method: 'get',
    path: '/',
    summary: `Active ${noun}s inside their window, highest priority first, with the caller's progress${kind === 'mission' ? ' in the current period' : ''}`,
    tags: [tag],
    auth: 'user',
    responses: { 200: { description: `The ${noun}s`, schema: z.object({ items: z.array(ZEventView) }) } },
    handler: async ({ req }) => ({ items: await listEvents(deps, { kind, userId: authOf(req).sub }) }),
  });

  route({
    method: 'post',
    path: '/:code/join',
    summary: `Join a ${noun}: starts its participation workflow (${kind === 'event' ? 'event:<code>:<user>' : 'mission:<code>:<period>:<user>'}); joining again answers the same participation`,
    tags: [tag],
    auth: 'user',
    params: ZEventParams,
    responses: {
      201: { description: 'Joined', schema: ZEventView },
      200: { description: 'Already joined: the same participation', schema: ZEventView },
    },
    errors: ['not_found', 'event_closed', 'not_targeted'],
    handler: async ({ req, params, reply }) => {
      const { event, created } = await joinEvent(deps, { kind, code: params.code, userId: authOf(req).sub });
      reply(created ? 201 : 200, event);
    },
  });

  route({
    method: 'get',
    path: '/:code',
    summary: `One ${noun} with the caller's progress (participation null: not joined)`,
    tags: [tag],
    auth: 'user',
    params: ZEventParams,
    query: ZClaimQuery,
    responses: { 200: { description: `The ${noun}`, schema: ZEventView } },
    errors: ['not_found'],
    handler: ({ req, params, query }) => getEvent(deps, { kind, code: params.code, userId: authOf(req).sub, period: query.period }),
  });

  route({
    method: 'post',
    path: '/:code/claim',
    summary: `Claim a completed ${noun}'s reward: paid exactly once (ledger ${kind}_reward, ref = the workflow id)`,
    tags: [tag],
    auth: 'user',
    params: ZEventParams,
    query: ZClaimQuery,
    headers: { 'Idempotency-Key': { description: 'Required. The paying key answers the same claim again; another key after a claim gets 409 already_claimed.', required: true, schema: ZIdempotencyKey } },
    responses: {
      200: { description: 'Paid (or, with the paying key, the earlier answer)', schema: ZClaimResult },
    },
    errors: ['not_found', 'not_completed', 'already_claimed', 'event_closed', 'conflict'],
    handler: async ({ req, params, query }) => {
      const idempotencyKey = idempotencyKeyOf(req, true);
      const { claim } = await claimEvent(deps, { kind, code: params.code, userId: authOf(req).sub, idempotencyKey, period: query.period });
      return claim;
    },
  });

  return router;
}
