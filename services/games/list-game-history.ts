import { z } from 'zod';
import { GAMES, ZGame } from '../../domain/games/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { num, type GameHistoryPage, type GameRoundView } from './views.ts';

/** Query of `GET /api/games/history`. */
export const ZGameHistoryQuery = z.object({
  game: ZGame.optional(),
  cursor: z.string().max(200).optional().describe('next_cursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type GameHistoryQuery = z.infer<typeof ZGameHistoryQuery>;

/** An opaque cursor: the (created_at, id) of the last round of a page. */
function encodeCursor(createdAt: Date, id: string): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !z.string().uuid().safeParse(id).success) {
    throw AppError.of('validation_failed', 'Invalid cursor: pass next_cursor from the previous page', { issues: [{ path: 'query.cursor', message: 'invalid cursor' }] });
  }
  return { createdAt, id };
}

type RoundRow = {
  id: string;
  game: string;
  bet: number;
  payout: number;
  multiplier: { toString(): string };
  win: boolean;
  bigWin: boolean;
  result: unknown;
  serverSeedHash: string;
  clientSeed: string;
  nonce: number;
  createdAt: Date;
};

/** A stored round in API shape. */
export function gameRoundView(r: RoundRow): GameRoundView {
  return {
    round_id: r.id,
    game: r.game as (typeof GAMES)[number],
    bet: r.bet,
    payout: r.payout,
    multiplier: num(r.multiplier) ?? 0,
    win: r.win,
    big_win: r.bigWin,
    result: (r.result ?? {}) as Record<string, unknown>,
    fairness: { server_seed_hash: r.serverSeedHash, client_seed: r.clientSeed, nonce: r.nonce },
    created_at: r.createdAt.toISOString(),
  };
}

/** The caller's finished rounds, newest first, optionally of one game, cursor-paginated. */
export async function listGameHistory(prisma: PrismaClient, userId: string, query: GameHistoryQuery): Promise<GameHistoryPage> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await prisma.gameRound.findMany({
    where: {
      userId,
      ...(query.game ? { game: query.game } : {}),
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(gameRoundView), next_cursor: rows.length > query.limit && last ? encodeCursor(last.createdAt, last.id) : null };
}
