import { periodAt, type ResetKind } from '../../domain/engagement/periods.ts';
import type { EngagementDeps } from './deps.ts';
import { findEventOrThrow, participationWorkflowId, withInitialProgress } from './join-event.ts';
import { toEventView, type EngagementKind, type EventView } from './views.ts';

/**
 * Active events (or missions) inside their window, highest priority first, each with the
 * caller's participation in it (for missions: the current period). Two queries.
 */
export async function listEvents(deps: Pick<EngagementDeps, 'prisma' | 'config'>, opts: { kind: EngagementKind; userId: string }): Promise<EventView[]> {
  const now = new Date();
  const events = await deps.prisma.engagementEvent.findMany({
    where: { kind: opts.kind, isActive: true, startsAt: { lte: now }, endsAt: { gt: now } },
    orderBy: [{ priority: 'desc' }, { endsAt: 'asc' }, { code: 'asc' }],
    take: 100,
  });
  const ids = events.map((e) => participationWorkflowId(opts.kind, e.code, periodAt(e.reset as ResetKind, now).period, opts.userId));
  const rows = await deps.prisma.eventParticipation.findMany({ where: { workflowId: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.workflowId, r]));
  return events.map((e, i) => {
    const row = byId.get(ids[i]!);
    return toEventView(e, periodAt(e.reset as ResetKind, now).period, row ? withInitialProgress(row, e) : null, deps.config.EVENT_CLAIM_GRACE_SECONDS);
  });
}

/**
 * One event or mission with the caller's participation (any window state: a finished event
 * still shows how it ended). `period` picks a mission's earlier period (default: the current one).
 */
export async function getEvent(deps: Pick<EngagementDeps, 'prisma' | 'config'>, opts: { kind: EngagementKind; code: string; userId: string; period?: string }): Promise<EventView> {
  const event = await findEventOrThrow(deps, opts.kind, opts.code);
  const period = opts.kind === 'event' ? '' : (opts.period ?? periodAt(event.reset as ResetKind, new Date()).period);
  const row = await deps.prisma.eventParticipation.findUnique({ where: { workflowId: participationWorkflowId(opts.kind, event.code, period, opts.userId) } });
  return toEventView(event, period, row ? withInitialProgress(row, event) : null, deps.config.EVENT_CLAIM_GRACE_SECONDS);
}
