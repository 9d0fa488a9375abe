import { z } from 'zod';
import { zText } from '../../lib/text.ts';
import type { User } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { toAdminPlayerView, type AdminPlayerView } from './player-views.ts';

/** Query of `GET /api/admin/players`: one search box, newest accounts first, paged by offset. */
export const ZSearchPlayersQuery = z.object({
  /** A player id, a receipt code, or the start of a login id or nickname (case-insensitive). Empty: everyone. */
  q: zText({ max: 80, allowEmpty: true }).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  // Blank is not 0: coercion would read "" or " " as 0, which the document does not allow.
  offset: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? Number.NaN : v), z.coerce.number().int().min(0).max(100_000)).default(0),
});
export type SearchPlayersQuery = z.infer<typeof ZSearchPlayersQuery>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const likePrefix = (q: string) => `${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Finds players for operators. Every form of the query is served by an index: the primary
 * key (id), the purchases' primary key (receipt code) or the lower(...) text_pattern_ops
 * indexes (prefix of login id or nickname); the empty query walks users by created_at.
 */
export async function searchPlayers(prisma: PrismaClient, query: SearchPlayersQuery): Promise<{ items: AdminPlayerView[]; next_offset: number | null }> {
  const q = query.q ?? '';
  const take = query.limit + 1;
  let ids: string[];
  if (q === '') {
    ids = (await prisma.user.findMany({ select: { id: true }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], skip: query.offset, take })).map((u) => u.id);
  } else {
    const pattern = likePrefix(q);
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      SELECT id::text AS id FROM (
        SELECT id, created_at FROM users WHERE ${UUID.test(q)} AND id = ${UUID.test(q) ? q : '00000000-0000-0000-0000-000000000000'}::uuid
        UNION
        SELECT u.id, u.created_at FROM purchases p JOIN users u ON u.id = p.user_id WHERE p.receipt_code = ${q}
        UNION
        SELECT id, created_at FROM users WHERE lower(login_id) LIKE ${pattern}
        UNION
        SELECT id, created_at FROM users WHERE lower(nickname) LIKE ${pattern}
      ) m ORDER BY created_at DESC, id DESC OFFSET ${query.offset} LIMIT ${take}`;
    ids = rows.map((r) => r.id);
  }
  const users = new Map<string, User>((await prisma.user.findMany({ where: { id: { in: ids } } })).map((u) => [u.id, u]));
  const items = ids.slice(0, query.limit).flatMap((id) => (users.has(id) ? [toAdminPlayerView(users.get(id)!)] : []));
  return { items, next_offset: ids.length > query.limit ? query.offset + query.limit : null };
}
