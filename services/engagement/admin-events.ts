import { z } from 'zod';
import { ZRequirements, ZRewards } from '../../domain/engagement/requirements.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { deactivateSignal } from '../../workflows/messages/event-participation.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { ZSegmentTargets } from '../segments/targeting.ts';
import type { EngagementDeps } from './deps.ts';
import { toAdminEventView, toParticipationView, ZEventCode, ZParticipation, type AdminEventView } from './views.ts';
import { zText } from '../../lib/text.ts';

const ZInstant = z.iso.datetime({ offset: true }).transform((v) => new Date(v));

const fields = {
  title: zText({ max: 120 }),
  description: zText({ max: 2_000, multiline: true, allowEmpty: true }),
  starts_at: ZInstant,
  ends_at: ZInstant,
  priority: z.number().int().min(-1_000).max(1_000),
  requirements: ZRequirements,
  rewards: ZRewards,
  is_active: z.boolean(),
  segments: ZSegmentTargets.describe('segments the event targets; empty = everyone'),
};

/** Body of `POST /api/admin/events`: a new event or mission. */
export const ZCreateEventRequest = z
  .object({
    code: ZEventCode,
    kind: z.enum(['event', 'mission']).default('event'),
    reset: z.enum(['none', 'daily', 'weekly']).optional().describe('missions: daily or weekly (default daily); events: none'),
    ...fields,
    description: fields.description.default(''),
    priority: fields.priority.default(0),
    is_active: fields.is_active.default(true),
    segments: fields.segments.default([]),
  })
  .refine((b) => b.starts_at < b.ends_at, { message: 'starts_at must be before ends_at', path: ['ends_at'], params: { rule: 'invalid_time_window' } })
  .refine((b) => (b.kind === 'event' ? (b.reset ?? 'none') === 'none' : b.reset !== 'none'), { message: 'events do not reset; missions reset daily or weekly', path: ['reset'] })
  .meta({ anyOf: [{ properties: { kind: { const: 'event' }, reset: { const: 'none' } } }, { required: ['kind'], properties: { kind: { const: 'mission' }, reset: { enum: ['daily', 'weekly'] } } }] });
export type CreateEventRequest = z.infer<typeof ZCreateEventRequest>;

/**
 * Body of `PUT /api/admin/events/:code`: the fields to change. `is_active: false` deactivates:
 * progress stops at once, completed participations stay claimable. New requirements and
 * rewards apply to players who join from now on (a participation keeps the ones it joined with).
 */
export const ZUpdateEventRequest = z
  .object({ ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])), reason: zText({ max: 500, allowEmpty: true }).optional() } as {
    [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
  } & { reason: z.ZodOptional<z.ZodString> })
  .refine((b) => Object.keys(b).some((k) => k !== 'reason'), { message: 'must change at least one field' })
  .meta({ anyOf: Object.keys(fields).map((k) => ({ required: [k] })) });
export type UpdateEventRequest = z.infer<typeof ZUpdateEventRequest>;

async function countsOf(prisma: PrismaClient, codes: string[]) {
  const rows = await prisma.eventParticipation.groupBy({ by: ['eventCode', 'status'], where: { eventCode: { in: codes } }, _count: { _all: true } });
  const out = new Map<string, { participants: number; completed: number; claimed: number }>();
  for (const code of codes) out.set(code, { participants: 0, completed: 0, claimed: 0 });
  for (const r of rows) {
    const c = out.get(r.eventCode)!;
    c.participants += r._count._all;
    if (r.status === 'completed') c.completed += r._count._all;
    if (r.status === 'claimed') c.claimed += r._count._all;
  }
  return out;
}

/** Every event and mission, newest first, with participant counts. */
export async function listAdminEvents(deps: Pick<EngagementDeps, 'prisma'>): Promise<AdminEventView[]> {
  const events = await deps.prisma.engagementEvent.findMany({ orderBy: [{ createdAt: 'desc' }], take: 200 });
  const counts = await countsOf(deps.prisma, events.map((e) => e.code));
  return events.map((e) => toAdminEventView(e, counts.get(e.code)!));
}

/** Creates an event or mission, audited; 409 conflict when the code exists. */
export async function createEvent(deps: Pick<EngagementDeps, 'prisma'>, opts: { adminId: string; body: CreateEventRequest }): Promise<AdminEventView> {
  const b = opts.body;
  const created = await deps.prisma.$transaction(async (tx) => {
    const rows = await tx.engagementEvent.createManyAndReturn({
      data: [
        {
          code: b.code,
          kind: b.kind,
          title: b.title,
          description: b.description,
          startsAt: b.starts_at,
          endsAt: b.ends_at,
          priority: b.priority,
          requirements: b.requirements as object,
          rewards: b.rewards as object,
          reset: b.kind === 'event' ? 'none' : (b.reset ?? 'daily'),
          isActive: b.is_active,
          segments: b.segments,
        },
      ],
      skipDuplicates: true,
    });
    if (!rows[0]) throw AppError.of('conflict', `An event or mission ${b.code} already exists`);
    await writeAuditLog(tx, { adminId: opts.adminId, action: 'event.create', targetType: 'event', targetId: b.code, reason: 'created', details: { kind: b.kind } });
    return rows[0];
  });
  return toAdminEventView(created, { participants: 0, completed: 0, claimed: 0 });
}

/**
 * Edits an event, audited. Deactivating signals every active participation, so each closes
 * at once (the consumer also stops signalling rounds of inactive events).
 */
export async function updateEvent(deps: EngagementDeps, opts: { adminId: string; code: string; body: UpdateEventRequest }): Promise<AdminEventView> {
  const b = opts.body;
  const updated = await deps.prisma.$transaction(async (tx) => {
    const current = await tx.engagementEvent.findUnique({ where: { code: opts.code } });
    if (!current) throw AppError.of('not_found', `No event ${opts.code}`);
    const startsAt = b.starts_at ?? current.startsAt;
    const endsAt = b.ends_at ?? current.endsAt;
    if (startsAt >= endsAt) throw AppError.of('validation_failed', 'Invalid body: body.ends_at must be after starts_at', { issues: [{ path: 'body.ends_at', message: 'must be after starts_at' }] });
    const row = await tx.engagementEvent.update({
      where: { code: opts.code },
      data: {
        ...(b.title !== undefined ? { title: b.title } : {}),
        ...(b.description !== undefined ? { description: b.description } : {}),
        startsAt,
        endsAt,
        ...(b.priority !== undefined ? { priority: b.priority } : {}),
        ...(b.requirements !== undefined ? { requirements: b.requirements as object } : {}),
        ...(b.rewards !== undefined ? { rewards: b.rewards as object } : {}),
        ...(b.is_active !== undefined ? { isActive: b.is_active } : {}),
        ...(b.segments !== undefined ? { segments: b.segments } : {}),
      },
    });
    await writeAuditLog(tx, { adminId: opts.adminId, action: 'event.update', targetType: 'event', targetId: opts.code, reason: b.reason ?? 'edited', details: { fields: Object.keys(b) } });
    return row;
  });
  if (b.is_active === false) await signalActiveParticipations(deps, opts.code);
  const counts = await countsOf(deps.prisma, [opts.code]);
  return toAdminEventView(updated, counts.get(opts.code)!);
}

/** Tells every active participation of an event that it was deactivated (closed ones are skipped). */
async function signalActiveParticipations(deps: EngagementDeps, code: string): Promise<void> {
  for (let cursor: string | undefined; ; ) {
    const page = await deps.prisma.eventParticipation.findMany({
      where: { eventCode: code, status: 'active', ...(cursor ? { workflowId: { gt: cursor } } : {}) },
      orderBy: { workflowId: 'asc' },
      take: 200,
      select: { workflowId: true },
    });
    if (page.length === 0) return;
    await Promise.all(
      page.map((p) =>
        deps.temporal.workflow
          .getHandle(p.workflowId)
          .signal(deactivateSignal)
          .catch((err: Error) => {
            if (err.name !== 'WorkflowNotFoundError') throw err;
          }),
      ),
    );
    cursor = page[page.length - 1]!.workflowId;
  }
}

/** Query of the participants list. */
export const ZParticipantsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(50),
  status: z.enum(['active', 'completed', 'claimed', 'expired', 'closed']).optional(),
});
export type ParticipantsQuery = z.infer<typeof ZParticipantsQuery>;

/** One participant as operators see them. */
export const ZParticipant = ZParticipation.extend({ user_id: z.string(), nickname: z.string() });

/** An event's participants, most progressed first, paged. */
export async function listParticipants(deps: Pick<EngagementDeps, 'prisma' | 'config'>, opts: { code: string; query: ParticipantsQuery }) {
  const event = await deps.prisma.engagementEvent.findUnique({ where: { code: opts.code }, select: { code: true } });
  if (!event) throw AppError.of('not_found', `No event ${opts.code}`);
  const where = { eventCode: opts.code, ...(opts.query.status ? { status: opts.query.status } : {}) };
  const [total, rows] = await Promise.all([
    deps.prisma.eventParticipation.count({ where }),
    deps.prisma.eventParticipation.findMany({
      where,
      orderBy: [{ roundsCounted: 'desc' }, { joinedAt: 'asc' }],
      skip: (opts.query.page - 1) * opts.query.page_size,
      take: opts.query.page_size,
      include: { user: { select: { nickname: true } } },
    }),
  ]);
  return {
    items: rows.map((r) => ({ ...toParticipationView(r, deps.config.EVENT_CLAIM_GRACE_SECONDS), user_id: r.userId, nickname: r.user.nickname })),
    page: opts.query.page,
    page_size: opts.query.page_size,
    total,
  };
}
