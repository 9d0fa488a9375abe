import { ScheduleAlreadyRunning, ScheduleNotFoundError, ScheduleOverlapPolicy, type Client, type ScheduleOptions } from '@temporalio/client';
import { RFM_SCHEDULE_ID } from '../../workflows/messages/workflow-ids.ts';
import { RFM_SEGMENTATION_WORKFLOW, type RfmRunInput } from '../../workflows/messages/rfm-segmentation.ts';

/**
 * The schedule's definition: 02:00 UTC, skip a start while a run is active, catch up within an
 * hour. Its id is `rfm-nightly` (RFM_SCHEDULE_ID) unless the configuration names another (each
 * test file has its own, so workers of parallel files never repoint one another's schedule).
 */
export function rfmScheduleOptions(taskQueue: string, scheduleId: string = RFM_SCHEDULE_ID) {
  return {
    scheduleId,
    spec: { calendars: [{ hour: 2, minute: 0 }], timezone: 'UTC' },
    action: {
      type: 'startWorkflow' as const,
      workflowType: RFM_SEGMENTATION_WORKFLOW,
      workflowId: scheduleId,
      taskQueue,
      args: [{ trigger: 'schedule' } satisfies RfmRunInput],
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 hour' },
  } satisfies ScheduleOptions;
}

/**
 * Creates the `rfm-nightly` schedule, or brings an existing one to this definition (the task
 * queue may differ between deployments). Safe to call on every worker start and concurrently.
 * Returns whether it was created.
 */
export async function ensureRfmSchedule(client: Client, opts: { taskQueue: string; scheduleId?: string }): Promise<{ created: boolean }> {
  const options = rfmScheduleOptions(opts.taskQueue, opts.scheduleId);
  try {
    await client.schedule.create(options);
    return { created: true };
  } catch (err) {
    if (!(err instanceof ScheduleAlreadyRunning)) throw err;
  }
  await client.schedule.getHandle(options.scheduleId).update((previous) => ({
    ...previous,
    spec: options.spec,
    action: options.action,
    policies: { ...previous.policies, ...options.policies },
  }));
  return { created: false };
}

/** What operators see of the schedule: null when it does not exist yet (no worker has started). */
export interface RfmScheduleView {
  id: string;
  next_run_at: string | null;
  running: string[];
  actions_taken: number;
  skipped_overlap: number;
}

/** Describes the schedule (`rfm-nightly` unless configured otherwise) for the runs page. */
export async function describeRfmSchedule(client: Client, scheduleId: string = RFM_SCHEDULE_ID): Promise<RfmScheduleView | null> {
  try {
    const d = await client.schedule.getHandle(scheduleId).describe();
    return {
      id: scheduleId,
      next_run_at: d.info.nextActionTimes[0]?.toISOString() ?? null,
      running: d.info.runningActions.map((a) => a.workflow.workflowId),
      actions_taken: d.info.numActionsTaken,
      skipped_overlap: d.info.numActionsSkippedOverlap,
    };
  } catch (err) {
    if (err instanceof ScheduleNotFoundError) return null;
    throw err;
  }
}
