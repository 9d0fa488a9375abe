import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { NotificationView } from './send-notification.ts';

/** Query of the inbox: the newest `limit` notifications. */
export const ZInboxQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(30) });

/** One inbox item: the notification and when the player read it (null: unread). */
export interface InboxItem extends NotificationView {
  read_at: string | null;
}

/**
 * The notifications a player may see, as a relation `mine(id)` over $1 (the player's id):
 * broadcasts sent since they signed up, and their inbox rows (targeted ones, and broadcasts
 * they read).
 */
const MINE = `
  mine AS (
    SELECT n.id FROM notifications n JOIN users u ON u.id = $1::uuid WHERE n.audience = 'all' AND n.created_at >= u.created_at
    UNION
    SELECT notification_id FROM notification_recipients WHERE user_id = $1::uuid)`;

/** The player's newest notifications with their read state, and how many of all of them are unread. One query. */
export async function listInbox(prisma: PrismaClient, opts: { userId: string; limit: number }): Promise<{ items: InboxItem[]; unread: number }> {
  const rows = await prisma.$queryRawUnsafe<{ id: string; title: string; body: string; created_at: Date; read_at: Date | null; unread: number }[]>(
    `WITH ${MINE}
     SELECT n.id::text AS id, n.title, n.body, n.created_at, r.read_at,
            (count(*) FILTER (WHERE r.read_at IS NULL) OVER ())::int AS unread
     FROM mine JOIN notifications n ON n.id = mine.id
     LEFT JOIN notification_recipients r ON r.user_id = $1::uuid AND r.notification_id = n.id
     ORDER BY n.created_at DESC, n.id
     LIMIT $2`,
    opts.userId,
    opts.limit,
  );
  return {
    items: rows.map((r) => ({ id: r.id, title: r.title, body: r.body, created_at: r.created_at.toISOString(), read_at: r.read_at?.toISOString() ?? null })),
    unread: rows[0]?.unread ?? 0,
  };
}

/**
 * Marks one of the player's notifications read (a second time keeps the first read time);
 * 404 when it is not theirs to see. One statement.
 */
export async function markNotificationRead(prisma: PrismaClient, opts: { userId: string; id: string }): Promise<{ id: string; read_at: string }> {
  const rows = await prisma.$queryRawUnsafe<{ read_at: Date }[]>(
    `WITH ${MINE}
     INSERT INTO notification_recipients (user_id, notification_id, read_at)
     SELECT $1::uuid, id, now() FROM mine WHERE id = $2::uuid
     ON CONFLICT (user_id, notification_id) DO UPDATE SET read_at = COALESCE(notification_recipients.read_at, EXCLUDED.read_at)
     RETURNING read_at`,
    opts.userId,
    opts.id,
  );
  const row = rows[0];
  if (!row) throw AppError.of('not_found', `No notification ${opts.id}`);
  return { id: opts.id, read_at: row.read_at.toISOString() };
}

/** Marks every notification the player may see read; answers how many were unread. One statement. */
export async function markAllNotificationsRead(prisma: PrismaClient, opts: { userId: string }): Promise<{ marked: number }> {
  const rows = await prisma.$queryRawUnsafe<{ marked: number }[]>(
    `WITH ${MINE},
     up AS (
       INSERT INTO notification_recipients (user_id, notification_id, read_at)
       SELECT $1::uuid, id, now() FROM mine
       ON CONFLICT (user_id, notification_id) DO UPDATE SET read_at = EXCLUDED.read_at WHERE notification_recipients.read_at IS NULL
       RETURNING 1)
     SELECT count(*)::int AS marked FROM up`,
    opts.userId,
  );
  return { marked: rows[0]!.marked };
}
