import { settleCrash } from '../../domain/games/crash.ts';
import { hotQuery } from '../../lib/db/client.ts';
import { isBigWin } from '../../domain/games/payout.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { CrashDecision, CrashSettlement } from '../../workflows/messages/crash-round.ts';
import { announceBalance } from './announce-balance.ts';
import { crashRowOfJson, settlementOfRow, settlementView, type CrashRoundJson, type CrashRoundRow } from './crash-round-view.ts';
import type { GamesDeps } from './deps.ts';
import { num } from './views.ts';

/** Input of the settle activity: which round, and how the workflow decided it. */
export interface SettleCrashRoundInput {
  roundId: string;
  decision: CrashDecision;
}

type CrashSettleAnswer =
  | { status: 'settled'; balance: number; round: CrashRoundJson; vip_points: number; role: string; promoted: boolean }
  | { status: 'already_settled'; balance: number; round: CrashRoundJson }
  | { status: 'not_found' };

/**
 * Settles a crash round exactly once, in two round trips (one when the caller passes the row it
 * just read): read the round; if it still runs,
 * compute the payout here (floor(bet × cashout multiplier) when cashed out at or below the
 * crash point, else 0: domain/games is the single source), then one `crash_settle` statement
 * that, under the round's row lock, pays through the ledger (`game_payout`, ref = round id),
 * earns VIP points on the bet, and writes the round's settlement, its history row, the stats
 * and the `game.round_settled` fact. A round no longer running (activity retries, a voided
 * round) answers its recorded settlement. After commit:
 * `crash_update` and `profile_update` to the player.
 */
export async function settleCrashRound(deps: GamesDeps, input: SettleCrashRoundInput, known?: CrashRoundRow): Promise<CrashSettlement> {
  const { decision } = input;
  // A caller that has just read the round (the API's cashout) passes it: one round trip fewer.
  const row = known ?? (await deps.prisma.crashRound.findUnique({ where: { id: input.roundId } }));
  if (!row) throw new Error(`no crash round ${input.roundId}`);
  if (row.status !== 'running') {
    return settlementOfSettledRow(deps, row);
  }
  const crashPoint = num(row.crashPoint)!;
  const cashoutAt = decision.outcome === 'cashed_out' ? decision.multiplier : null;
  const payout = settleCrash({ bet: row.bet, crashPoint, cashoutAt });
  const status = payout > 0 ? 'cashed_out' : 'crashed';
  const multiplier = payout > 0 ? cashoutAt! : 0;
  const elapsedMs = Math.round(decision.elapsedMs);
  const bigWin = isBigWin(payout, deps.games.config.bigWinThreshold);
  const result = {
    crash_point: crashPoint,
    auto_cashout: num(row.autoCashout),
    cashout_multiplier: payout > 0 ? cashoutAt : null,
    elapsed_ms: elapsedMs,
    trigger: decision.trigger,
    started_at: row.startedAt.toISOString(),
  };
  const fact = { roundId: row.id, userId: row.userId, game: 'crash', bet: row.bet, payout, multiplier, win: payout > row.bet, bigWin };
  const rows = await hotQuery(deps.prisma)<{ r: CrashSettleAnswer }>`
    SELECT crash_settle(${row.id}::uuid, ${status}, ${decision.trigger}, ${payout > 0 ? cashoutAt : null}::numeric, ${elapsedMs}::int,
      ${payout}::int, ${bigWin}, ${JSON.stringify(result)}::jsonb, ${deps.config.VIP_PROMOTION_POINTS}::int, ${TOPICS.games},
      ${JSON.stringify(fact)}::jsonb) AS r`;
  const answer = rows[0]!.r;
  if (answer.status === 'not_found') throw new Error(`no crash round ${input.roundId}`);
  const settlement = settlementOfRow(crashRowOfJson(answer.round), answer.balance);
  if (answer.status === 'settled') {
    try {
      await publishToUser(deps.redis, row.userId, 'crash_update', settlementView(settlement));
    } catch (err) {
      deps.log?.warn({ err: (err as Error).message, roundId: input.roundId }, 'crash_update not published');
    }
    await announceBalance(deps, row.userId, settlement.balance);
  }
  return settlement;
}

/** A round's recorded settlement, or null while it still runs (the workflow's read after the API settled a cashout). */
export async function recordedCrashSettlement(deps: Pick<GamesDeps, 'prisma'>, roundId: string): Promise<CrashSettlement | null> {
  const row = await deps.prisma.crashRound.findUnique({ where: { id: roundId } });
  if (!row) throw new Error(`no crash round ${roundId}`);
  return row.status === 'running' ? null : settlementOfSettledRow(deps, row);
}

/** A settled round's settlement, with the player's balance now. */
async function settlementOfSettledRow(deps: Pick<GamesDeps, 'prisma'>, row: CrashRoundRow): Promise<CrashSettlement> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: row.userId }, select: { goldBalance: true } });
  return settlementOfRow(row, user.goldBalance);
}
