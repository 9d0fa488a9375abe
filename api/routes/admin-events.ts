import { Router } from 'express';
import { z } from 'zod';
import {
  createEvent,
  listAdminEvents,
  listParticipants,
  updateEvent,
  ZCreateEventRequest,
  ZParticipant,
  ZParticipantsQuery,
  ZUpdateEventRequest,
} from '../../services/engagement/admin-events.ts';
import { ZAdminEventView, ZEventParams } from '../../services/engagement/views.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

/** Operators: create, edit and deactivate events and missions, and see who takes part. */
export function createAdminEventsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/events' });

  route({
    method: 'get',
    path: '/',
    summary: 'Every event and mission, newest first, with participant counts',
    tags: ['admin'],
    auth: 'admin',
    responses: { 200: { description: 'Events and missions', schema: z.object({ items: z.array(ZAdminEventView) }) } },
    handler: async () => ({ items: await listAdminEvents(deps) }),
  });

  route({
    method: 'post',
    path: '/',
    summary: 'Create an event (or a mission with a daily or weekly reset); requirements and rewards are validated field by field',
    tags: ['admin'],
    auth: 'admin',
    body: ZCreateEventRequest,
    status: 201,
    responses: { 201: { description: 'Created', schema: ZAdminEventView } },
    errors: ['conflict', 'invalid_time_window'],
    handler: ({ req, body }) => createEvent(deps, { adminId: authOf(req).sub, body }),
  });

  route({
    method: 'put',
    path: '/:code',
    summary: 'Edit an event; is_active false deactivates it (progress stops, completed participations stay claimable)',
    tags: ['admin'],
    auth: 'admin',
    params: ZEventParams,
    body: ZUpdateEventRequest,
    responses: { 200: { description: 'Updated', schema: ZAdminEventView } },
    errors: ['not_found'],
    handler: ({ req, params, body }) => updateEvent(deps, { adminId: authOf(req).sub, code: params.code, body }),
  });

  route({
    method: 'get',
    path: '/:code/participants',
    summary: "An event's participants, most rounds counted first, paged",
    tags: ['admin'],
    auth: 'admin',
    params: ZEventParams,
    query: ZParticipantsQuery,
    responses: {
      200: { description: 'A page', schema: z.object({ items: z.array(ZParticipant), page: z.number().int(), page_size: z.number().int(), total: z.number().int() }) },
    },
    errors: ['not_found'],
    handler: ({ params, query }) => listParticipants(deps, { code: params.code, query }),
  });

  return router;
}
