import { Router } from 'express';
import { z } from 'zod';
import { enforceRateLimits } from '../../lib/rate-limit.ts';
import { assertBatchSize, recordClientEvents, ZClientEventBatch } from '../../services/analytics/record-client-events.ts';
import { listFunnel, ZFunnelQuery } from '../../services/analytics/list-funnel.ts';
import { readCommunityFigures } from '../../services/analytics/community-figures.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

/** Client event batches per player per minute. */
const BATCHES_PER_MINUTE = 30;

const ZCommunity = z.object({
  online_users: z.number().int().describe('players active in the last 5 minutes'),
  spins_last_hour: z.number().int(),
  big_wins_last_hour: z.number().int(),
  gold_wagered_today: z.number().int().describe('UTC day'),
  at: z.string(),
});

/** The web app's funnel events, the live community figures and the operators' funnel. */
export function createAnalyticsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api' });

  route({
    method: 'post',
    path: '/analytics/events',
    summary: 'Report shop_opened / buy_clicked events (at most 100 per batch); an event id already reported counts once',
    tags: ['analytics'],
    auth: 'user',
    before: [
      (req, _res, next) => {
        try {
          assertBatchSize(req.body);
          next();
        } catch (err) {
          next(err);
        }
      },
    ],
    body: ZClientEventBatch,
    status: 202,
    responses: {
      202: { description: 'Recorded (published to casino.client_events)', schema: z.object({ accepted: z.number().int(), duplicates: z.number().int() }) },
    },
    errors: ['payload_too_large', 'rate_limited'],
    handler: async ({ req, body }) => {
      const userId = authOf(req).sub;
      await enforceRateLimits(deps.redis, [{ key: `analytics:${userId}`, limit: BATCHES_PER_MINUTE, windowSeconds: 60 }]);
      return recordClientEvents(deps.prisma, { userId, events: body.events });
    },
  });

  route({
    method: 'get',
    path: '/community/live',
    summary: 'Live community figures kept by the analytics process (also pushed as `community` events)',
    tags: ['analytics'],
    auth: 'none',
    responses: { 200: { description: 'Figures', schema: ZCommunity } },
    handler: () => readCommunityFigures(deps.redis),
  });

  route({
    method: 'get',
    path: '/admin/analytics/funnel',
    summary: 'Daily purchase funnel per product (opened → clicked → bought, with conversion rates)',
    tags: ['admin', 'analytics'],
    auth: 'admin',
    query: ZFunnelQuery,
    responses: {
      200: {
        description: 'Newest day first',
        schema: z.object({
          items: z.array(
            z.object({
              day: z.string(),
              product_id: z.number().int(),
              opened: z.number().int(),
              clicked: z.number().int(),
              bought: z.number().int(),
              click_rate: z.number().nullable().describe('clicked / opened'),
              buy_rate: z.number().nullable().describe('bought / clicked'),
              conversion: z.number().nullable().describe('bought / opened'),
            }),
          ),
        }),
      },
    },
    handler: async ({ query }) => ({ items: await listFunnel(deps.prisma, query) }),
  });

  return router;
}
