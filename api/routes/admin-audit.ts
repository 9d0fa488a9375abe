import { Router } from 'express';
import { z } from 'zod';
import { listAuditLog, ZAuditQuery } from '../../services/admin/list-audit-log.ts';
import type { RouterContext } from '../deps.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZAuditEntry = z.object({
  id: z.string(),
  admin_id: z.string(),
  admin_nickname: z.string().nullable(),
  action: z.string(),
  target_type: z.string(),
  target_id: z.string(),
  reason: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  details: z.unknown(),
  request_id: z.string().nullable(),
  created_at: z.string(),
});

/** Operators: who did what, when and why. */
export function createAdminAuditRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/audit' });
  route({
    method: 'get',
    path: '/',
    summary: 'The audit log, newest first, filtered by operator, action (exact or a prefix ending in "."), target and time; paged with ?before=',
    tags: ['admin'],
    auth: 'admin',
    query: ZAuditQuery,
    responses: { 200: { description: 'A page', schema: z.object({ items: z.array(ZAuditEntry), next_before: z.string().nullable() }) } },
    handler: ({ query }) => listAuditLog(deps.prisma, query),
  });
  return router;
}
