import { z } from 'zod';
import type { ProgressItem } from '../../domain/engagement/progress.ts';
import type { Requirements, Rewards } from '../../domain/engagement/requirements.ts';
import { ZRequirements, ZRewards } from '../../domain/engagement/requirements.ts';

/** `event` or `mission`: the two share every route shape, under /api/events and /api/missions. */
export type EngagementKind = 'event' | 'mission';

/** Codes are what operators type: letters, digits, dash and underscore. */
export const ZEventCode = z.string().regex(/^[A-Za-z0-9_-]{2,40}$/, 'must be 2-40 letters, digits, - or _');
export const ZEventParams = z.object({ code: ZEventCode });

export const ZProgressItem = z.object({ key: z.string(), current: z.number().int(), target: z.number().int() });

/** A player's participation: its workflow, status and progress (the read model of EventParticipationWorkflow). */
export const ZParticipation = z.object({
  workflow_id: z.string(),
  period: z.string().describe("'' for events; the UTC day or ISO week of a mission"),
  status: z.enum(['active', 'completed', 'claimed', 'expired', 'closed']),
  progress: z.array(ZProgressItem),
  rounds_counted: z.number().int(),
  joined_at: z.string(),
  ends_at: z.string(),
  completed_at: z.string().nullable(),
  claimed_at: z.string().nullable(),
  claimable_until: z.string().nullable().describe('when a completed, unclaimed participation stops being claimable'),
});
export type ParticipationView = z.infer<typeof ZParticipation>;

/** An event or mission as players see it, with the caller's participation (null: not joined). */
export const ZEventView = z.object({
  code: z.string(),
  kind: z.enum(['event', 'mission']),
  title: z.string(),
  description: z.string(),
  starts_at: z.string(),
  ends_at: z.string(),
  priority: z.number().int(),
  reset: z.enum(['none', 'daily', 'weekly']),
  requirements: z.record(z.string(), z.unknown()),
  rewards: z.object({ gold: z.number().int(), vip_points: z.number().int(), live_bonus_per_win: z.number().int().optional().describe("gold paid per winning round while the event is live") }),
  segments: z.array(z.string()).describe('segments the event targets; empty = everyone'),
  period: z.string(),
  participation: ZParticipation.nullable(),
});
export type EventView = z.infer<typeof ZEventView>;

/** An event as operators see it (with its flag and participant counts). */
export const ZAdminEventView = ZEventView.omit({ participation: true, period: true }).extend({
  is_active: z.boolean(),
  participants: z.number().int(),
  completed: z.number().int(),
  claimed: z.number().int(),
  created_at: z.string(),
  updated_at: z.string(),
});
export type AdminEventView = z.infer<typeof ZAdminEventView>;

/** The rows these views are built from (Prisma's shapes). */
export interface EventRow {
  code: string;
  kind: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  priority: number;
  reset: string;
  requirements: unknown;
  rewards: unknown;
  isActive: boolean;
  segments: string[];
  createdAt: Date;
  updatedAt: Date;
}
export interface ParticipationRow {
  workflowId: string;
  period: string;
  status: string;
  progress: unknown;
  roundsCounted: number;
  joinedAt: Date;
  endsAt: Date;
  completedAt: Date | null;
  claimedAt: Date | null;
}

/** Requirements and rewards as stored (validated when written). */
export const requirementsOf = (row: EventRow): Requirements => ZRequirements.parse(row.requirements);
export const rewardsOf = (row: EventRow): Rewards => ZRewards.parse(row.rewards);

export function toParticipationView(row: ParticipationRow, graceSeconds: number): ParticipationView {
  return {
    workflow_id: row.workflowId,
    period: row.period,
    status: row.status as ParticipationView['status'],
    progress: row.progress as ProgressItem[],
    rounds_counted: row.roundsCounted,
    joined_at: row.joinedAt.toISOString(),
    ends_at: row.endsAt.toISOString(),
    completed_at: row.completedAt?.toISOString() ?? null,
    claimed_at: row.claimedAt?.toISOString() ?? null,
    claimable_until: row.status === 'completed' ? new Date(row.endsAt.getTime() + graceSeconds * 1_000).toISOString() : null,
  };
}

const baseView = (row: EventRow) => ({
  code: row.code,
  kind: row.kind as EngagementKind,
  title: row.title,
  description: row.description,
  starts_at: row.startsAt.toISOString(),
  ends_at: row.endsAt.toISOString(),
  priority: row.priority,
  reset: row.reset as 'none' | 'daily' | 'weekly',
  requirements: row.requirements as Record<string, unknown>,
  rewards: rewardsOf(row),
  segments: row.segments,
});

export function toEventView(row: EventRow, period: string, participation: ParticipationRow | null, graceSeconds: number): EventView {
  return { ...baseView(row), period, participation: participation ? toParticipationView(participation, graceSeconds) : null };
}

export function toAdminEventView(row: EventRow, counts: { participants: number; completed: number; claimed: number }): AdminEventView {
  return { ...baseView(row), is_active: row.isActive, ...counts, created_at: row.createdAt.toISOString(), updated_at: row.updatedAt.toISOString() };
}
