import { settleCrash } from '../../domain/games/crash.ts';
import { publishToUser } from '../../lib/realtime.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import type { CrashDecision, CrashSettlement } from '../../workflows/messages/crash-round.ts';
import { announceBalance } from './announce-balance.ts';
import { crashDoneKey, settlementOfRow, settlementView } from './crash-round-view.ts';
import type { GamesDeps } from './deps.ts';
import { recordRound } from './record-round.ts';
import { num } from './views.ts';

/** Input of the settle activity: which round, and how the workflow decided it. */
export interface SettleCrashRoundInput {
  roundId: string;
  decision: CrashDecision;
}

/**
 * Settles a crash round exactly once: under the round's row lock, a round that is no longer
 * running returns its recorded settlement (activity retries, a voided round); otherwise the
 * payout (floor(bet × cashout multiplier) when cashed out at or below the crash point, else 0)
 * goes through the ledger as `game_payout` with ref = round id, and the round, its history row,
 * the stats and the `game.round_settled` fact are written in the same transaction. After
 * commit: the ticker's stop flag, `crash_update` and `profile_update` to the player.
 */
export async function settleCrashRound(deps: GamesDeps, input: SettleCrashRoundInput): Promise<CrashSettlement> {
  const { decision } = input;
  const settled = await deps.prisma.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM crash_rounds WHERE id = ${input.roundId}::uuid FOR UPDATE`;
      if (!rows[0]) throw new Error(`no crash round ${input.roundId}`);
      const row = await tx.crashRound.findUniqueOrThrow({ where: { id: input.roundId } });
      if (row.status !== 'running') {
        const user = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { goldBalance: true } });
        return { settlement: settlementOfRow(row, user.goldBalance), userId: row.userId, fresh: false };
      }
      const crashPoint = num(row.crashPoint)!;
      const cashoutAt = decision.outcome === 'cashed_out' ? decision.multiplier : null;
      const payout = settleCrash({ bet: row.bet, crashPoint, cashoutAt });
      const status = payout > 0 ? 'cashed_out' : 'crashed';
      let balance: number;
      if (payout > 0) {
        ({ balance } = await applyLedgerEntry(tx, { userId: row.userId, delta: payout, reason: 'game_payout', ref: row.id, meta: { game: 'crash' } }));
      } else {
        balance = (await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { goldBalance: true } })).goldBalance;
      }
      const updated = await tx.crashRound.update({
        where: { id: row.id },
        data: {
          status,
          settledAt: new Date(),
          trigger: decision.trigger,
          cashoutMultiplier: payout > 0 ? cashoutAt : null,
          elapsedMs: Math.round(decision.elapsedMs),
          payout,
        },
      });
      await recordRound(tx, {
        id: row.id,
        userId: row.userId,
        game: 'crash',
        bet: row.bet,
        payout,
        multiplier: payout > 0 ? cashoutAt! : 0,
        result: {
          crash_point: crashPoint,
          auto_cashout: num(row.autoCashout),
          cashout_multiplier: payout > 0 ? cashoutAt : null,
          elapsed_ms: Math.round(decision.elapsedMs),
          trigger: decision.trigger,
          started_at: row.startedAt.toISOString(),
        },
        seeds: { seedId: row.seedId, serverSeedHash: row.serverSeedHash, clientSeed: row.clientSeed, nonce: row.nonce },
        configHash: row.configHash,
        bigWinThreshold: deps.games.config.bigWinThreshold,
      });
      return { settlement: settlementOfRow(updated, balance), userId: row.userId, fresh: true };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  if (settled.fresh) {
    try {
      await deps.redis.set(crashDoneKey(input.roundId), '1', 'EX', 600);
      await publishToUser(deps.redis, settled.userId, 'crash_update', settlementView(settled.settlement));
    } catch (err) {
      deps.log?.warn({ err: (err as Error).message, roundId: input.roundId }, 'crash_update not published');
    }
    await announceBalance(deps, settled.userId, settled.settlement.balance);
  }
  return settled.settlement;
}
