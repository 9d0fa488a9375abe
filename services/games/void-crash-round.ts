import type { PrismaClient } from '../../lib/db/client.ts';
import type { Redis } from '../../lib/redis.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import { announceBalance } from './announce-balance.ts';

/**
 * Cancels a running crash round whose workflow could not be started: returns the stake as the
 * round's `game_payout` (so the round can never pay twice, whichever path runs first) and marks
 * it `void`, in one transaction. A no-op for a round that is no longer running.
 */
export async function voidCrashRound(deps: { prisma: PrismaClient; redis: Redis }, roundId: string): Promise<{ balance: number } | null> {
  const result = await deps.prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ user_id: string; bet: number; status: string }[]>`
      SELECT user_id::text, bet, status FROM crash_rounds WHERE id = ${roundId}::uuid FOR UPDATE`;
    const row = rows[0];
    if (!row || row.status !== 'running') return null;
    const { balance } = await applyLedgerEntry(tx, { userId: row.user_id, delta: row.bet, reason: 'game_payout', ref: roundId, meta: { game: 'crash', void: true } });
    await tx.$executeRaw`UPDATE crash_rounds SET status = 'void', settled_at = now(), payout = ${row.bet} WHERE id = ${roundId}::uuid`;
    return { balance, userId: row.user_id };
  });
  if (result) await announceBalance(deps, result.userId, result.balance);
  return result ? { balance: result.balance } : null;
}
