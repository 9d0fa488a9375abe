import { z } from 'zod';
import { GAMES, ZGame } from '../../domain/games/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { num, type GameHistoryPage, type GameRoundView } from './views.ts';

/** Query of `GET /api/games/history`. */
export const ZGameHistoryQuery = z.object({
  game: ZGame.optional(),
  cursor: z.string().regex(/^\d{1,19}$/, 'must be next_cursor of the previous page').optional().describe('next_cursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type GameHistoryQuery = z.infer<typeof ZGameHistoryQuery>;

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

/** The caller's finished rounds, newest first (insertion order), optionally of one game, cursor-paginated. */
export async function listGameHistory(prisma: PrismaClient, userId: string, query: GameHistoryQuery): Promise<GameHistoryPage> {
  const rows = await prisma.gameRound.findMany({
    where: { userId, ...(query.game ? { game: query.game } : {}), ...(query.cursor ? { seq: { lt: BigInt(query.cursor) } } : {}) },
    orderBy: { seq: 'desc' },
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return { items: page.map(gameRoundView), next_cursor: rows.length > query.limit && last ? last.seq.toString() : null };
}
