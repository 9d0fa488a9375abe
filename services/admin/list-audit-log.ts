import { z } from 'zod';
import { PRINTABLE_ASCII } from '../../lib/text.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../../lib/db/client.ts';

/** Query of `GET /api/admin/audit`: filters, newest first, paged by id (`before`). */
export const ZAuditQuery = z.object({
  admin_id: z.uuid().optional(),
  /** An exact action (`player.ban`) or a prefix ending in a dot (`player.`). */
  action: z.string().max(80).regex(/^[a-z_]+(\.[a-z_]+)*\.?$/, 'must be an action such as player.ban, or a prefix such as player.').optional(),
  target_type: z.string().max(40).regex(/^[a-z_]+$/, 'must be a target type such as player').optional(),
  target_id: z.string().max(200).regex(PRINTABLE_ASCII, 'must be an id: printable characters, no surrounding spaces').optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** The `next_before` of the previous page. */
  before: z.string().regex(/^\d{1,18}$/, 'must be an audit row id').optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof ZAuditQuery>;

/** One audit row as the console shows it. */
export interface AuditView {
  id: string;
  admin_id: string;
  admin_nickname: string | null;
  action: string;
  target_type: string;
  target_id: string;
  reason: string;
  before: unknown;
  after: unknown;
  details: unknown;
  request_id: string | null;
  created_at: string;
}

/** The audit log, filtered; served by the (admin_id, created_at), (action, created_at), (target) and created_at indexes. */
export async function listAuditLog(prisma: PrismaClient, query: AuditQuery): Promise<{ items: AuditView[]; next_before: string | null }> {
  const where: Prisma.AuditLogWhereInput = {
    ...(query.admin_id ? { adminId: query.admin_id } : {}),
    ...(query.action ? (query.action.endsWith('.') ? { action: { startsWith: query.action } } : { action: query.action }) : {}),
    ...(query.target_type ? { targetType: query.target_type } : {}),
    ...(query.target_id ? { targetId: query.target_id } : {}),
    ...(query.from || query.to ? { createdAt: { ...(query.from ? { gte: new Date(query.from) } : {}), ...(query.to ? { lt: new Date(query.to) } : {}) } } : {}),
    ...(query.before ? { id: { lt: BigInt(query.before) } } : {}),
  };
  const rows = await prisma.auditLog.findMany({ where, orderBy: { id: 'desc' }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  const admins = new Map(
    (await prisma.user.findMany({ where: { id: { in: [...new Set(page.map((r) => r.adminId))] } }, select: { id: true, nickname: true } })).map((u) => [u.id, u.nickname]),
  );
  return {
    items: page.map((r) => ({
      id: r.id.toString(),
      admin_id: r.adminId,
      admin_nickname: admins.get(r.adminId) ?? null,
      action: r.action,
      target_type: r.targetType,
      target_id: r.targetId,
      reason: r.reason,
      before: r.before ?? null,
      after: r.after ?? null,
      details: r.details ?? null,
      request_id: r.requestId,
      created_at: r.createdAt.toISOString(),
    })),
    next_before: rows.length > query.limit ? page[page.length - 1]!.id.toString() : null,
  };
}
