import { Router } from 'express';
import { z } from 'zod';
import { getStats } from '../../services/admin/get-stats.ts';
import type { RouterContext } from '../deps.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZAlert = z.object({
  name: z.enum(['PendingPurchasesHigh', 'HttpErrorRateHigh', 'HttpLatencyHigh', 'OutboxBacklogGrowing', 'WorkerTaskLatencyHigh']),
  severity: z.enum(['warning', 'critical']),
  state: z.enum(['inactive', 'pending', 'firing']).describe('pending: the condition holds for less than for_seconds'),
  firing: z.boolean(),
  since: z.string().nullable().describe('When the condition started holding'),
  for_seconds: z.number().int(),
  value: z.number().nullable(),
  threshold: z.number(),
  summary: z.string(),
});
const ZStats = z.object({
  total_players: z.number().int(),
  online_now: z.number().int(),
  revenue_cents_total: z.number().int(),
  revenue_cents_today: z.number().int(),
  purchases_today: z.number().int(),
  purchases_pending: z.number().int(),
  purchases_stuck: z.number().int(),
  outbox_backlog: z.number().int(),
  outbox_growth_per_minute: z.number().nullable(),
  workflow_task_backlog_age_seconds: z.number().nullable(),
  computed_at: z.string(),
  http: z.object({ requests_5m: z.number().int(), error_rate_5m: z.number(), p95_seconds_10m: z.number().nullable() }),
  alerts: z.array(ZAlert),
});

/** Operators: the dashboard's figures and the API's own view of the alert conditions. */
export function createAdminStatsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/stats' });
  route({
    method: 'get',
    path: '/',
    summary: 'Players, online now, revenue, pending and stuck purchases, outbox, 5xx rate and p95, and the alert rules as the API sees them (database figures cached 5 s)',
    tags: ['admin'],
    auth: 'admin',
    responses: { 200: { description: 'The dashboard', schema: ZStats } },
    handler: () => {
      const five = deps.metrics.window.summary(5 * 60_000);
      const ten = deps.metrics.window.summary(10 * 60_000);
      const temporal = { workflowService: deps.temporal.workflowService, namespace: deps.config.TEMPORAL_NAMESPACE, taskQueue: deps.config.TEMPORAL_TASK_QUEUE };
      return getStats({ prisma: deps.prisma, redis: deps.redis, temporal }, { requests_5m: five.requests, error_rate_5m: five.error_rate, p95_seconds_10m: ten.p95_seconds });
    },
  });
  return router;
}
