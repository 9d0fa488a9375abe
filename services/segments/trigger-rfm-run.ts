import { randomUUID } from 'node:crypto';
import { ScheduleNotFoundError, ScheduleOverlapPolicy, type Client } from '@temporalio/client';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { ensureRfmSchedule } from './ensure-rfm-schedule.ts';

/** What a trigger did: started a run, or was skipped because one was active (the schedule's overlap policy). */
export interface TriggerRfmRunResult {
  status: 'started' | 'skipped';
  /** The new run's workflow id, or the `skipped:<uuid>` row recording the skipped trigger. */
  run_id: string;
  /** The run that was active when the trigger was skipped. */
  active_run_id: string | null;
}

/** How long to wait for Temporal to show the triggered run. */
const START_WAIT_MS = 15_000;

/**
 * Triggers `rfm-nightly` now through the schedule itself, so its overlap policy (skip) applies
 * to operators too: with a run active the trigger is skipped and recorded as a `skipped` row in
 * the runs list. Audited either way.
 */
export async function triggerRfmRun(
  deps: { prisma: PrismaClient; temporal: Client; config: Config },
  opts: { adminId: string; reason?: string },
): Promise<TriggerRfmRunResult> {
  const handle = deps.temporal.schedule.getHandle(deps.config.RFM_SCHEDULE_ID);
  const describe = async () => {
    try {
      return await handle.describe();
    } catch (err) {
      if (!(err instanceof ScheduleNotFoundError)) throw err;
      await ensureRfmSchedule(deps.temporal, { taskQueue: deps.config.TEMPORAL_TASK_QUEUE, scheduleId: deps.config.RFM_SCHEDULE_ID });
      return handle.describe();
    }
  };
  const before = await describe();
  const knownIds = new Set([...before.info.runningActions, ...before.info.recentActions.map((a) => a.action)].map((a) => a.workflow.workflowId));
  const active = before.info.runningActions[0]?.workflow.workflowId ?? null;
  await handle.trigger(ScheduleOverlapPolicy.SKIP);

  let result: TriggerRfmRunResult | null = null;
  if (active) result = { status: 'skipped', run_id: `skipped:${randomUUID()}`, active_run_id: active };
  for (const deadline = Date.now() + START_WAIT_MS; !result && Date.now() < deadline; ) {
    const now = await handle.describe();
    const started = [...now.info.runningActions, ...now.info.recentActions.map((a) => a.action)].find((a) => !knownIds.has(a.workflow.workflowId));
    if (started) result = { status: 'started', run_id: started.workflow.workflowId, active_run_id: null };
    else if (now.info.numActionsSkippedOverlap > before.info.numActionsSkippedOverlap)
      result = { status: 'skipped', run_id: `skipped:${randomUUID()}`, active_run_id: now.info.runningActions[0]?.workflow.workflowId ?? null };
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (!result) throw AppError.of('service_unavailable', 'The schedule did not take the trigger in time; see the runs list shortly');

  if (result.status === 'started') {
    // The run's first activity may have written the row already; either way it is a manual run.
    await deps.prisma.$executeRaw`
      INSERT INTO segment_runs (id, status, trigger, phase) VALUES (${result.run_id}, 'running', 'manual', 'measuring')
      ON CONFLICT (id) DO UPDATE SET trigger = 'manual'`;
  } else {
    await deps.prisma.segmentRun.create({
      data: {
        id: result.run_id,
        status: 'skipped',
        trigger: 'manual',
        phase: 'done',
        note: `skipped by the overlap policy: ${result.active_run_id ?? 'a run'} was active`,
        finishedAt: new Date(),
      },
    });
  }
  await writeAuditLog(deps.prisma, {
    adminId: opts.adminId,
    action: 'segments.run_triggered',
    targetType: 'segment_run',
    targetId: result.run_id,
    reason: opts.reason ?? 'manual RFM run',
    details: { status: result.status, active_run_id: result.active_run_id },
  });
  return result;
}
