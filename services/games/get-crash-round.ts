import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { noActiveRound } from './cash-out-crash-round.ts';
import { adminCrashRoundView, crashRoundView } from './crash-round-view.ts';
import type { GamesDeps } from './deps.ts';
import type { AdminCrashRoundView, CrashRoundView } from './views.ts';

/** One of the caller's crash rounds (the crash point only once it is over). */
export async function getCrashRound(deps: GamesDeps, userId: string, roundId: string): Promise<CrashRoundView> {
  const row = await deps.prisma.crashRound.findFirst({ where: { id: roundId, userId } });
  if (!row) throw AppError.of('not_found', `No crash round ${roundId} of yours`);
  return crashRoundView(row, deps.games.config.crash, deps.config.CRASH_TICK_MS);
}

/** The caller's running crash round, for a client that reconnects; 404 `no_active_round` if none. */
export async function getActiveCrashRound(deps: GamesDeps, userId: string): Promise<CrashRoundView> {
  const row = await deps.prisma.crashRound.findFirst({ where: { userId, status: 'running' } });
  if (!row) throw noActiveRound();
  return crashRoundView(row, deps.games.config.crash, deps.config.CRASH_TICK_MS);
}

/** Query of `GET /api/admin/games/crash/rounds`. */
export const ZListCrashRoundsQuery = z.object({
  status: z.enum(['running', 'cashed_out', 'crashed', 'void']).optional(),
  user_id: z.string().uuid().optional(),
  before: z.string().datetime().optional().describe('Only rounds created before this time (paging: the last created_at of the previous page)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListCrashRoundsQuery = z.infer<typeof ZListCrashRoundsQuery>;

/** Recent crash rounds for operators, newest first, with crash points and players. */
export async function listCrashRounds(deps: { prisma: PrismaClient; games: GamesDeps['games'] }, query: ListCrashRoundsQuery): Promise<{ items: AdminCrashRoundView[] }> {
  const rows = await deps.prisma.crashRound.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.user_id ? { userId: query.user_id } : {}),
      ...(query.before ? { createdAt: { lt: new Date(query.before) } } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: query.limit,
  });
  return { items: rows.map((r) => adminCrashRoundView(r, deps.games.config.crash)) };
}
