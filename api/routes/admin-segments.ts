import { Router } from 'express';
import { z } from 'zod';
import { zReason } from '../../lib/text.ts';
import { SEGMENTS } from '../../domain/segments.ts';
import { describeRfmSchedule } from '../../services/segments/ensure-rfm-schedule.ts';
import { listSegmentRuns, ZListSegmentRunsQuery } from '../../services/segments/list-segment-runs.ts';
import { segmentSizes } from '../../services/segments/rfm-run-steps.ts';
import { setLimitedPackageTargets, setProductTargets, ZSegmentTargets } from '../../services/segments/targeting.ts';
import { triggerRfmRun } from '../../services/segments/trigger-rfm-run.ts';
import { AppError } from '../../lib/errors.ts';
import { ZLimitedCode } from '../../services/limited/rules.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZSizes = z.object(Object.fromEntries(SEGMENTS.map((s) => [s, z.number().int()])) as Record<(typeof SEGMENTS)[number], z.ZodNumber>);
const ZSegmentRun = z.object({
  id: z.string().describe('the workflow id (rfm-nightly-<time>), or skipped:<uuid> for a skipped trigger'),
  status: z.enum(['running', 'completed', 'failed', 'skipped']),
  trigger: z.enum(['schedule', 'manual']),
  phase: z.string().describe('measuring | scoring | done'),
  as_of: z.string().nullable(),
  players_measured: z.number().int(),
  players_scored: z.number().int(),
  segments_changed: z.number().int(),
  counts: z.record(z.string(), z.number().int()).nullable(),
  cut_points: z.object({ recency: z.array(z.number()), frequency: z.array(z.number()), monetary: z.array(z.number()) }).nullable(),
  note: z.string().nullable(),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  temporal_ui_url: z.string().nullable(),
});
const ZSchedule = z
  .object({
    id: z.string(),
    next_run_at: z.string().nullable(),
    running: z.array(z.string()),
    actions_taken: z.number().int(),
    skipped_overlap: z.number().int(),
    temporal_ui_url: z.string(),
  })
  .nullable();

/** Operators: trigger the RFM run now, list runs (with the schedule), and see segment sizes. */
export function createAdminSegmentsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/segments' });
  const ui = `${deps.config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(deps.config.TEMPORAL_NAMESPACE)}`;
  const workflowUrl = (id: string) => `${ui}/workflows/${encodeURIComponent(id)}`;

  route({
    method: 'post',
    path: '/runs',
    summary: 'Run RFM segmentation now, through the rfm-nightly schedule: skipped (and listed as skipped) while a run is active',
    tags: ['admin', 'segments'],
    auth: 'admin',
    body: z.object({ reason: zReason().optional() }),
    status: 202,
    responses: {
      202: {
        description: 'Started, or skipped by the overlap policy',
        schema: z.object({ status: z.enum(['started', 'skipped']), run_id: z.string(), active_run_id: z.string().nullable() }),
      },
    },
    errors: ['service_unavailable'],
    handler: async ({ req, body }) => triggerRfmRun(deps, { adminId: authOf(req).sub, reason: body.reason }),
  });

  route({
    method: 'get',
    path: '/runs',
    summary: 'The latest RFM runs and skipped triggers, newest first, with the schedule',
    tags: ['admin', 'segments'],
    auth: 'admin',
    query: ZListSegmentRunsQuery,
    responses: { 200: { description: 'Runs', schema: z.object({ items: z.array(ZSegmentRun), schedule: ZSchedule }) } },
    handler: async ({ query }) => {
      const [items, schedule] = await Promise.all([listSegmentRuns(deps.prisma, { limit: query.limit, workflowUrl }), describeRfmSchedule(deps.temporal, deps.config.RFM_SCHEDULE_ID)]);
      return { items, schedule: schedule && { ...schedule, temporal_ui_url: `${ui}/schedules/${encodeURIComponent(schedule.id)}` } };
    },
  });

  route({
    method: 'get',
    path: '/sizes',
    summary: 'Players per segment now',
    tags: ['admin', 'segments'],
    auth: 'admin',
    responses: { 200: { description: 'Sizes', schema: z.object({ sizes: ZSizes, total: z.number().int() }) } },
    handler: async () => {
      const sizes = await segmentSizes(deps.prisma);
      return { sizes, total: Object.values(sizes).reduce((a, b) => a + b, 0) };
    },
  });

  const ZTargetsBody = z.object({ segments: ZSegmentTargets, reason: zReason().optional() });

  route({
    method: 'put',
    path: '/targets/products/:id',
    summary: 'Offer a catalog product only to these segments (empty = everyone); others do not see it and get 403 not_targeted',
    tags: ['admin', 'segments'],
    auth: 'admin',
    params: z.object({ id: z.coerce.number().int().positive() }),
    body: ZTargetsBody,
    responses: { 200: { description: 'Targets set', schema: z.object({ product_id: z.number().int(), segments: z.array(z.string()) }) } },
    errors: ['not_found'],
    handler: async ({ req, params, body }) => {
      if (!(await setProductTargets(deps.prisma, { productId: params.id, segments: body.segments, adminId: authOf(req).sub, reason: body.reason })))
        throw AppError.of('not_found', `No product ${params.id}`);
      return { product_id: params.id, segments: body.segments };
    },
  });

  route({
    method: 'put',
    path: '/targets/limited/:code',
    summary: 'Offer a limited package only to these segments (empty = everyone); others do not see it and get 403 not_targeted',
    tags: ['admin', 'segments'],
    auth: 'admin',
    params: z.object({ code: ZLimitedCode }),
    body: ZTargetsBody,
    responses: { 200: { description: 'Targets set', schema: z.object({ code: z.string(), segments: z.array(z.string()) }) } },
    errors: ['not_found'],
    handler: async ({ req, params, body }) => {
      if (!(await setLimitedPackageTargets(deps.prisma, { code: params.code, segments: body.segments, adminId: authOf(req).sub, reason: body.reason })))
        throw AppError.of('not_found', `No limited package ${params.code}`);
      return { code: params.code, segments: body.segments };
    },
  });

  return router;
}
