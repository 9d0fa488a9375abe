import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { CASHOUT_TOO_EARLY, cashoutUpdate, type CrashSettlement } from '../../workflows/messages/crash-round.ts';
import { crashRoundView, type CrashRoundRow } from './crash-round-view.ts';
import type { CrashDeps } from './deps.ts';
import { startCrashRoundWorkflow } from './start-crash-round-workflow.ts';
import type { CrashRoundView } from './views.ts';

/** Body of `POST /api/games/crash/cashout`: nothing (the running round), or a round id to replay its answer. */
export const ZCrashCashoutRequest = z.object({ round_id: z.string().uuid().optional() }).optional();

/** No running round (or no such round of yours): 404 `no_active_round`. */
export const noActiveRound = (): AppError => new AppError('no_active_round', 'You have no crash round running');

/**
 * Cashes out the caller's running crash round through the workflow's `cashout` Update and
 * answers with the settlement. The update carries `requestedAtMs`, when the API received the
 * request, and the workflow judges the request at that instant (bounded: see cashoutJudgedAt),
 * so time spent queueing under load neither raises the multiplier nor loses a cashout that was
 * in time (see resolveCrashAt): in time -> cashed out at that multiplier; past the auto-cashout target
 * -> the auto-cashout; past the crash point -> crashed (payout 0); below the minimum -> 409
 * `cashout_too_early` and the round goes on. Every cashout of a round gets the same settlement;
 * the ledger pays it once. A round that already settled answers its settlement.
 */
export async function cashOutCrashRound(deps: CrashDeps, userId: string, opts: { roundId?: string; requestedAtMs?: number } = {}): Promise<CrashRoundView> {
  const request = { requestedAtMs: opts.requestedAtMs ?? Date.now() };
  const found = opts.roundId
    ? await deps.prisma.crashRound.findFirst({ where: { id: opts.roundId, userId } })
    : await deps.prisma.crashRound.findFirst({ where: { userId, status: 'running' } });
  if (!found) throw noActiveRound();
  if (found.status !== 'running') return settledView(deps, found);
  const handle = deps.temporal.workflow.getHandle(found.workflowId);
  const ask = async (attempt = 1): Promise<CrashSettlement> => {
    try {
      return await handle.executeUpdate(cashoutUpdate, { args: [request] });
    } catch (err) {
      // The round's last workflow task failed (on an overloaded worker: timed out) and is being
      // retried; the server refuses updates meanwhile. The stamp is already taken, so asking
      // again changes nothing about the judgment: ask again, a few times, with backoff.
      if (isWorkflowTaskFailedRefusal(err) && attempt < 8) {
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
        return ask(attempt + 1);
      }
      const cause = err instanceof WorkflowUpdateFailedError ? err.cause : undefined;
      if (cause instanceof ApplicationFailure && cause.type === CASHOUT_TOO_EARLY) {
        const details = (cause.details?.[0] ?? {}) as { multiplier?: number; minCashout?: number };
        throw new AppError('cashout_too_early', cause.message, { multiplier: details.multiplier, min_cashout: details.minCashout });
      }
      throw err;
    }
  };
  let settlement: CrashSettlement | undefined;
  try {
    settlement = await ask();
  } catch (err) {
    if (!(err instanceof WorkflowNotFoundError)) throw err;
    // The workflow completed between our read and the update (it settled), or never started
    // (the API that took the bet died before starting it): look again, repair if needed.
    const fresh = await deps.prisma.crashRound.findUniqueOrThrow({ where: { id: found.id } });
    if (fresh.status !== 'running') return settledView(deps, fresh);
    await startCrashRoundWorkflow(deps, fresh);
    settlement = await ask();
  }
  // The settlement carries everything the settled row would: answer without reading it again.
  return crashRoundView(rowOfSettlement(found, settlement), deps.games.config.crash, deps.config.CRASH_TICK_MS, { balance: settlement.balance });
}

function isWorkflowTaskFailedRefusal(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = (e as { cause?: unknown }).cause) {
    if (/Workflow Task in failed state/i.test(e.message)) return true;
  }
  return false;
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
