import { isTargeted } from '../../domain/segments.ts';
import { AppError } from '../../lib/errors.ts';
import { segmentOfPlayer } from '../segments/targeting.ts';
import { periodAt, type ResetKind } from '../../domain/engagement/periods.ts';
import { emptyCounters, progressOf } from '../../domain/engagement/progress.ts';
import { SA_EVENT_CODE, SA_PARTICIPATION_STATUS, SA_USER_ID } from '../../workflows/messages/search-attributes.ts';
import { eventParticipationWorkflowId, missionParticipationWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { EVENT_PARTICIPATION_WORKFLOW, type EventParticipationWorkflow, type ParticipationInput } from '../../workflows/messages/event-participation.ts';
import type { EngagementDeps } from './deps.ts';
import { requirementsOf, rewardsOf, toEventView, type EngagementKind, type EventView } from './views.ts';

/** The workflow id of a player's participation in an event, or in a mission's period. */
export const participationWorkflowId = (kind: EngagementKind, code: string, period: string, userId: string): string =>
  kind === 'event' ? eventParticipationWorkflowId(code, userId) : missionParticipationWorkflowId(code, period, userId);

/** Loads an event or mission by code, 404 when there is none of that kind. */
export async function findEventOrThrow(deps: Pick<EngagementDeps, 'prisma'>, kind: EngagementKind, code: string) {
  const event = await deps.prisma.engagementEvent.findUnique({ where: { code } });
  if (!event || event.kind !== kind) throw AppError.of('not_found', `No ${kind} ${code}`);
  return event;
}

/**
 * Joins the player to an event (or to a mission's current period): inserts the participation
 * row (the consumer finds joined players through it), then starts EventParticipationWorkflow
 * under its business id. Joining again answers the same participation (`created` false); the
 * start is repeated while the participation is active, so a join whose start failed heals.
 * An inactive event, or one outside its window, refuses new players (409 event_closed); one
 * targeted at segments the player is not in refuses them with 403 not_targeted.
 */
export async function joinEvent(deps: EngagementDeps, opts: { kind: EngagementKind; code: string; userId: string }): Promise<{ event: EventView; created: boolean }> {
  const { prisma, temporal, config } = deps;
  const event = await findEventOrThrow(deps, opts.kind, opts.code);
  const now = new Date();
  const { period, endsAt: periodEnd } = periodAt(event.reset as ResetKind, now);
  const workflowId = participationWorkflowId(opts.kind, event.code, period, opts.userId);

  let row = await prisma.eventParticipation.findUnique({ where: { workflowId } });
  const created = !row;
  if (!row) {
    if (!event.isActive || now < event.startsAt || now >= event.endsAt) throw AppError.of('event_closed', `The ${opts.kind} ${event.code} is not open`);
    if (event.segments.length > 0 && !isTargeted(event.segments, await segmentOfPlayer(prisma, opts.userId))) {
      throw AppError.of('not_targeted', `The ${opts.kind} ${event.code} is not offered to your segment`);
    }
    const endsAt = periodEnd && periodEnd < event.endsAt ? periodEnd : event.endsAt;
    await prisma.eventParticipation.createMany({ data: [{ workflowId, eventCode: event.code, period, userId: opts.userId, endsAt, progress: [] }], skipDuplicates: true });
    row = await prisma.eventParticipation.findUniqueOrThrow({ where: { workflowId } });
  }
  if (row.status === 'active') {
    const input: ParticipationInput = {
      kind: opts.kind,
      eventCode: event.code,
      period,
      userId: opts.userId,
      requirements: requirementsOf(event),
      rewards: rewardsOf(event),
      joinedAt: row.joinedAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      graceMs: config.EVENT_CLAIM_GRACE_SECONDS * 1_000,
    };
    try {
      await temporal.workflow.start<EventParticipationWorkflow>(EVENT_PARTICIPATION_WORKFLOW, {
        workflowId,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [input],
        // A second join (or a concurrent one) finds the running participation; a finished one is never restarted.
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: SA_EVENT_CODE, value: event.code },
          { key: SA_USER_ID, value: opts.userId },
          { key: SA_PARTICIPATION_STATUS, value: 'active' },
        ],
        staticSummary: `${opts.kind === 'event' ? 'Event' : 'Mission'} ${event.code}${period ? ` (${period})` : ''}: ${event.title}, user ${opts.userId}`,
      });
    } catch (err) {
      if ((err as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw err;
    }
  }
  return { event: toEventView(event, period, withInitialProgress(row, event), config.EVENT_CLAIM_GRACE_SECONDS), created };
}

/** A participation the workflow has not written yet shows zero progress against every requirement. */
export function withInitialProgress<R extends { progress: unknown }>(row: R, event: Parameters<typeof requirementsOf>[0]): R {
  if (Array.isArray(row.progress) && row.progress.length > 0) return row;
  return { ...row, progress: progressOf(emptyCounters(), requirementsOf(event)) };
}
