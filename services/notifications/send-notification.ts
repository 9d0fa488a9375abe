import { z } from 'zod';
import { zReason, zText } from '../../lib/text.ts';
import { SEGMENTS, type Segment } from '../../domain/segments.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { publishToAll, publishToUser } from '../../lib/realtime.ts';
import { currentRequestScope } from '../../lib/request-scope.ts';
import type { Redis } from '../../lib/redis.ts';

/** Who gets a notification: everyone, the players in some segments (at send time), or listed players. */
export const ZNotificationTarget = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }),
  z.object({
    type: z.literal('segments'),
    segments: z
      .array(z.enum(SEGMENTS))
      .min(1)
      .max(SEGMENTS.length)
      .refine((list) => new Set(list).size === list.length, 'must not repeat a segment')
      .meta({ uniqueItems: true }),
  }),
  z.object({ type: z.literal('users'), user_ids: z.array(z.uuid()).min(1).max(1000) }),
]);

/** An operator's notification. */
export const ZSendNotificationRequest = z.object({
  title: zText({ max: 120 }),
  body: zText({ max: 1000, multiline: true }),
  target: ZNotificationTarget,
  reason: zReason().optional(),
});
export type SendNotificationRequest = z.infer<typeof ZSendNotificationRequest>;

/** What a player sees of a notification (the `notification` event's data and an inbox item without read_at). */
export interface NotificationView {
  id: string;
  title: string;
  body: string;
  created_at: string;
}

/** What the operator gets back: the notification, its audience and how many inboxes it reached (null: everyone). */
export interface SentNotification extends NotificationView {
  audience: 'all' | 'segments' | 'users';
  segments: Segment[];
  recipients: number | null;
}

/** Live events per Redis pipeline when a notification goes to many players. */
const PUBLISH_CHUNK = 1_000;

/**
 * Stores a notification and fans it out. One statement writes the notification, one inbox row
 * per recipient (the players in its segments now, or the listed players who exist) and the
 * audit entry; then, after it committed, the `notification` event goes live: once on the
 * broadcast channel for everyone, else to each recipient's channel (pipelined). Live delivery
 * is best effort; the inbox is the record.
 */
export async function sendNotification(
  deps: { prisma: PrismaClient; redis: Redis },
  opts: { adminId: string; request: SendNotificationRequest },
): Promise<SentNotification> {
  const { title, body, target, reason } = opts.request;
  const segments: Segment[] = target.type === 'segments' ? target.segments : [];
  const userIds = target.type === 'users' ? target.user_ids : [];
  const rows = await deps.prisma.$queryRawUnsafe<{ id: string; created_at: Date; recipients: number | null; user_ids: string[] | null }[]>(
    `WITH x AS (
       SELECT user_id FROM player_segments WHERE $3 = 'segments' AND segment = ANY($4::text[])
       UNION
       SELECT id FROM users WHERE $3 = 'users' AND id = ANY($5::uuid[])),
     n AS (
       INSERT INTO notifications (title, body, audience, segments, recipients, created_by)
       VALUES ($1, $2, $3, $4::text[], CASE WHEN $3 = 'all' THEN NULL ELSE (SELECT count(*) FROM x)::int END, $6::uuid)
       RETURNING id, created_at, recipients),
     r AS (INSERT INTO notification_recipients (user_id, notification_id) SELECT x.user_id, n.id FROM x CROSS JOIN n RETURNING user_id),
     audit AS (
       INSERT INTO audit_log (admin_id, action, target_type, target_id, reason, details, request_id)
       SELECT $6::uuid, 'notification.sent', 'notification', n.id::text, $7, jsonb_build_object('audience', $3::text, 'segments', $4::text[], 'recipients', n.recipients), $8
       FROM n)
     SELECT n.id::text AS id, n.created_at, n.recipients, (SELECT array_agg(user_id::text) FROM r) AS user_ids FROM n`,
    title,
    body,
    target.type,
    segments,
    userIds,
    opts.adminId,
    reason ?? `notification: ${title}`.slice(0, 500),
    currentRequestScope()?.requestId ?? null,
  );
  const row = rows[0]!;
  const view: NotificationView = { id: row.id, title, body, created_at: row.created_at.toISOString() };
  if (target.type === 'all') {
    await publishToAll(deps.redis, 'notification', view);
  } else {
    const ids = row.user_ids ?? [];
    for (let i = 0; i < ids.length; i += PUBLISH_CHUNK) {
      await Promise.all(ids.slice(i, i + PUBLISH_CHUNK).map((id) => publishToUser(deps.redis, id, 'notification', view)));
    }
  }
  return { ...view, audience: target.type, segments, recipients: row.recipients };
}
