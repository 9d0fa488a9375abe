import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { WorkflowFailedError, WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { wiringCheckWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { WIRING_CHECK_WORKFLOW, type WiringCheckResult, type WiringCheckWorkflow } from '../../workflows/messages/wiring-check.ts';
import type { RouterContext } from '../deps.ts';
import { createRouteBuilder } from '../http/route.ts';
import { zText } from '../../lib/text.ts';

/** Body of a wiring check: a note to carry through every hop, and an optional pause (tests). */
export const ZCreateWiringCheckRequest = z.object({
  note: zText({ max: 200 }),
  pause_ms: z.number().int().min(0).max(60_000).optional(),
});

const ZWiringCheck = z.object({
  check_id: z.string().uuid(),
  workflow_id: z.string(),
  status: z.enum(['running', 'completed', 'failed']),
  result: z.object({ checkId: z.string(), workflowId: z.string(), recordedAt: z.string(), completedAt: z.string() }).optional(),
  temporal_ui_url: z.string(),
});
type WiringCheckView = z.infer<typeof ZWiringCheck>;

/** How long POST waits for the workflow before answering 202 with a Location to poll. */
const RESULT_WAIT_MS = 10_000;

/**
 * The proof path through every part: POST starts a workflow whose activity writes a row and
 * an outbox fact; the relay publishes it to Kafka. Answers with the workflow's result.
 */
export function createWiringRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api' });
  const { config, temporal } = deps;
  const uiUrl = (workflowId: string) =>
    `${config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(workflowId)}`;

  route({
    method: 'post',
    path: '/wiring-checks',
    summary: 'Run the wiring-check workflow (API → Temporal → PostgreSQL → Kafka); operators only',
    tags: ['system'],
    auth: 'admin',
    body: ZCreateWiringCheckRequest,
    responses: {
      201: { description: 'The workflow completed; its result is included', schema: ZWiringCheck },
      202: { description: 'Still running; poll the Location', schema: ZWiringCheck },
    },
    handler: async ({ body, res, reply }) => {
      const checkId = randomUUID();
      const workflowId = wiringCheckWorkflowId(checkId);
      const handle = await temporal.workflow.start<WiringCheckWorkflow>(WIRING_CHECK_WORKFLOW, {
        workflowId,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [{ checkId, note: body.note, pauseMs: body.pause_ms }],
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      });
      res.setHeader('Location', `/api/wiring-checks/${checkId}`);
      const view = await waitForResult(handle.workflowId, RESULT_WAIT_MS);
      reply(view.status === 'running' ? 202 : 201, view);
    },
  });

  route({
    method: 'get',
    path: '/wiring-checks/:checkId',
    summary: 'The state and result of a wiring check',
    tags: ['system'],
    auth: 'admin',
    params: z.object({ checkId: z.string().uuid() }),
    responses: { 200: { description: 'The check', schema: ZWiringCheck } },
    errors: ['not_found'],
    handler: async ({ params }) => waitForResult(wiringCheckWorkflowId(params.checkId), 0),
  });

  async function waitForResult(workflowId: string, waitMs: number): Promise<WiringCheckView> {
    const handle = temporal.workflow.getHandle(workflowId);
    const checkId = workflowId.slice(workflowId.indexOf(':') + 1);
    const base = { check_id: checkId, workflow_id: workflowId, temporal_ui_url: uiUrl(workflowId) };
    try {
      const description = await handle.describe();
      if (description.status.name === 'COMPLETED') return { ...base, status: 'completed', result: (await handle.result()) as WiringCheckResult };
      if (description.status.name !== 'RUNNING') return { ...base, status: 'failed' };
      if (waitMs === 0) return { ...base, status: 'running' };
      const result = await Promise.race([
        handle.result() as Promise<WiringCheckResult>,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), waitMs).unref()),
      ]);
      return result ? { ...base, status: 'completed', result } : { ...base, status: 'running' };
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw AppError.of('not_found', `No wiring check ${checkId}`);
      if (err instanceof WorkflowFailedError) return { ...base, status: 'failed' };
      throw err;
    }
  }

  return router;
}
