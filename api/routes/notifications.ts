import { Router } from 'express';
import { z } from 'zod';
import { SEGMENTS } from '../../domain/segments.ts';
import { listInbox, markAllNotificationsRead, markNotificationRead, ZInboxQuery } from '../../services/notifications/inbox.ts';
import { sendNotification, ZSendNotificationRequest } from '../../services/notifications/send-notification.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

/** A notification as a player sees it (also the data of the `notification` event). */
export const ZNotification = z.object({ id: z.string(), title: z.string(), body: z.string(), created_at: z.string() });
const ZInboxItem = ZNotification.extend({ read_at: z.string().nullable().describe('null: unread') });

/** Operators send notifications; players read their inbox and mark it read. */
export function createNotificationsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api' });

  route({
    method: 'post',
    path: '/admin/notifications',
    summary: 'Send a notification to everyone, to the players in some segments, or to listed players: stored in their inboxes and pushed live as a `notification` event',
    tags: ['admin', 'notifications'],
    auth: 'admin',
    body: ZSendNotificationRequest,
    status: 201,
    responses: {
      201: {
        description: 'Sent',
        schema: ZNotification.extend({
          audience: z.enum(['all', 'segments', 'users']),
          segments: z.array(z.enum(SEGMENTS)),
          recipients: z.number().int().nullable().describe('inboxes written (players in the segments now, or the listed players who exist); null for everyone'),
        }),
      },
    },
    handler: async ({ req, body }) => sendNotification(deps, { adminId: authOf(req).sub, request: body }),
  });

  route({
    method: 'get',
    path: '/notifications',
    summary: "The caller's newest notifications, with how many of all of them are unread",
    tags: ['notifications'],
    auth: 'user',
    query: ZInboxQuery,
    responses: { 200: { description: 'The inbox, newest first', schema: z.object({ items: z.array(ZInboxItem), unread: z.number().int() }) } },
    handler: async ({ req, query }) => listInbox(deps.prisma, { userId: authOf(req).sub, limit: query.limit }),
  });

  route({
    method: 'post',
    path: '/notifications/read-all',
    summary: 'Mark every notification of the caller read',
    tags: ['notifications'],
    auth: 'user',
    responses: { 200: { description: 'How many were unread', schema: z.object({ marked: z.number().int() }) } },
    handler: async ({ req }) => markAllNotificationsRead(deps.prisma, { userId: authOf(req).sub }),
  });

  route({
    method: 'post',
    path: '/notifications/:id/read',
    summary: 'Mark one notification read (again: keeps the first read time)',
    tags: ['notifications'],
    auth: 'user',
    params: z.object({ id: z.uuid() }),
    responses: { 200: { description: 'Read', schema: z.object({ id: z.string(), read_at: z.string() }) } },
    errors: ['not_found'],
    handler: async ({ req, params }) => markNotificationRead(deps.prisma, { userId: authOf(req).sub, id: params.id }),
  });

  return router;
}
