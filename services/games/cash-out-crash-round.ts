import { z } from 'zod';
import { cashoutJudgedAt, resolveCrashAt } from '../../domain/games/crash.ts';
import { AppError } from '../../lib/errors.ts';
import { crashRoundSettledSignal, type CrashSettlement } from '../../workflows/messages/crash-round.ts';
import { crashRoundView, type CrashRoundRow } from './crash-round-view.ts';
import type { CrashDeps } from './deps.ts';
import { settleCrashRound } from './settle-crash-round.ts';
import { num, type CrashRoundView } from './views.ts';

/** Body of `POST /api/games/crash/cashout`: nothing (the running round), or a round id to replay its answer. */
export const ZCrashCashoutRequest = z.object({ round_id: z.string().uuid().optional() }).optional();

/** No running round (or no such round of yours): 404 `no_active_round`. */
export const noActiveRound = (): AppError => new AppError('no_active_round', 'You have no crash round running');

/**
 * Cashes out the caller's running crash round, judged and settled here in the API, in two
 * round trips to PostgreSQL and no call to Temporal: read the round, judge the request at the
 * moment the API received it (`requestedAtMs`, bounded like the workflow's judgment: see
 * cashoutJudgedAt) on the round's deterministic curve (resolveCrashAt: in time -> cashed out at
 * that multiplier; past the auto-cashout target -> the auto-cashout; past the crash point ->
 * crashed, payout 0; below the minimum -> 409 `cashout_too_early` and the round goes on), then
 * one `crash_settle` statement that settles the round under its row lock. The round's workflow
 * stays the timekeeper: when its auto-cashout or crash timer fires it settles through the same
 * statement, which finds the round settled and keeps the first settlement. So the race between
 * a cashout and the crash is decided by elapsed times alone, the ledger pays once, and how busy
 * Temporal or the worker is changes neither the answer's speed nor the multiplier. A round that
 * already settled answers its settlement.
 */
export async function cashOutCrashRound(deps: CrashDeps, userId: string, opts: { roundId?: string; requestedAtMs?: number } = {}): Promise<CrashRoundView> {
  const requestedAtMs = opts.requestedAtMs ?? Date.now();
  const found = opts.roundId
    ? await deps.prisma.crashRound.findFirst({ where: { id: opts.roundId, userId } })
    : await deps.prisma.crashRound.findFirst({ where: { userId, status: 'running' } });
  if (!found) throw noActiveRound();
  if (found.status !== 'running') return settledView(deps, found);
  const crash = deps.games.config.crash;
  const startedAtMs = found.startedAt.getTime();
  const at = cashoutJudgedAt({
    requestedElapsedMs: requestedAtMs - startedAtMs,
    nowMs: Math.max(0, Date.now() - startedAtMs),
    notBeforeMs: 0,
    maxLagMs: deps.config.CRASH_CASHOUT_MAX_LAG_MS,
  });
  if (at.clamped) deps.log?.warn({ roundId: found.id, requestedAtMs, judgedElapsedMs: at.elapsedMs }, 'cashout stamp out of bounds: clamped');
  const judged = resolveCrashAt(at.elapsedMs, { autoCashout: num(found.autoCashout), crashPoint: num(found.crashPoint)!, crash }, 'manual');
  if (judged.outcome === 'too_early') {
    throw new AppError('cashout_too_early', `The multiplier is ${judged.multiplier.toFixed(2)}; cash out from ${crash.minCashout.toFixed(2)}`, {
      multiplier: judged.multiplier,
      min_cashout: crash.minCashout,
    });
  }
  const settlement = await settleCrashRound(deps, { roundId: found.id, decision: judged }, found);
  // Let the round's workflow end now rather than at its timer; after the answer, never in its way.
  void deps.temporal.workflow
    .getHandle(found.workflowId)
    .signal(crashRoundSettledSignal)
    .catch((err: Error) => deps.log?.debug({ err: err.message, roundId: found.id }, 'crash workflow not told of its settlement: its timer will find it'));
  // The settlement carries everything the settled row would: answer without reading it again.
  return crashRoundView(rowOfSettlement(found, settlement), crash, deps.config.CRASH_TICK_MS, { balance: settlement.balance });
}

/** The round's row as its settlement left it. */
function rowOfSettlement(row: CrashRoundRow, s: CrashSettlement): CrashRoundRow {
  return {
    ...row,
    status: s.status,
    trigger: s.trigger,
    cashoutMultiplier: s.multiplier,
    elapsedMs: s.elapsedMs,
    payout: s.payout,
    settledAt: new Date(s.settledAt),
  };
}

async function settledView(deps: CrashDeps, row: CrashRoundRow): Promise<CrashRoundView> {
  const user = await deps.prisma.user.findUniqueOrThrow({ where: { id: row.userId }, select: { goldBalance: true } });
  return crashRoundView(row, deps.games.config.crash, deps.config.CRASH_TICK_MS, { balance: user.goldBalance });
}
