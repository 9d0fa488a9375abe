import {
  ActivityCancellationType,
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  log,
  patched,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { autoCashoutAtMs, cashoutJudgedAt, crashTimeMs, resolveCrashAt } from '../domain/games/crash.ts';
import {
  cashoutUpdate,
  CASHOUT_TOO_EARLY,
  CRASH_API_TICKS_PATCH,
  crashRoundSettledSignal,
  crashRoundStateQuery,
  DEFAULT_CASHOUT_MAX_LAG_MS,
  type CashoutRequest,
  type CrashDecision,
  type CrashRoundInput,
  type CrashSettlement,
} from './messages/crash-round.ts';

// A regular activity, not a local one: measured under heavy load, a local settle held each
// deciding workflow task open for seconds, past its timeout, and the server then refused the
// round's other updates ("Workflow Task in failed state").
const { settleCrashRound, readCrashSettlement } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // Settlement must happen: retry transient faults for as long as it takes (the activity is idempotent).
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/**
 * One crash round (`crash:<roundId>`): from the bet (stake already taken) to exactly one
 * settlement. Since cashouts are judged and settled by the API itself, the round is mostly a
 * timekeeper: its timer settles the auto-cashout or the crash, and a `settled` signal from the
 * API ends it early with the settlement the API recorded. The multiplier rises on the deterministic curve from `startedAtMs`; every race is
 * decided by elapsed times recorded in the history (replayed identically):
 * - a `cashout` update is judged at the moment the API received it (its stamp, bounded by
 *   cashoutJudgedAt), so the multiplier a player gets does not depend on how long the request
 *   queued in the API, Temporal or the worker (resolveCrashAt);
 * - otherwise a timer fires at the auto-cashout time or the crash time, whichever comes first
 *   (an abandoned round thus settles as lost after its crash point);
 * - the first decision wins; later cashouts get the same settlement.
 * Ticks (`crash_tick`, display only) are pushed by the API serving the player's stream; rounds
 * from before CRASH_API_TICKS_PATCH replay the heartbeating ticker activity they had.
 */
export async function crashRoundWorkflow(input: CrashRoundInput): Promise<CrashSettlement> {
  let decision: CrashDecision | null = null;
  let settlement: CrashSettlement | null = null;
  const decided = (): CrashDecision | null => decision;
  const elapsedNow = (): number => Math.max(0, Date.now() - input.startedAtMs);
  // The last elapsed time the workflow judged a cashout at: later judgments never go back before it.
  let lastJudgedMs = 0;
  // The API settled a cashout itself and said so: look up that settlement instead of waiting.
  let settledByApi = false;
  setHandler(crashRoundSettledSignal, () => {
    settledByApi = true;
  });

  setHandler(crashRoundStateQuery, () => ({
    phase: settlement ? 'settled' : decision ? 'settling' : 'running',
    elapsedMs: elapsedNow(),
    decision,
  }));

  setHandler(cashoutUpdate, async (request?: CashoutRequest) => {
    if (decision === null) {
      const nowMs = elapsedNow();
      const requestedElapsedMs = request ? request.requestedAtMs - input.startedAtMs : null;
      const at = cashoutJudgedAt({ requestedElapsedMs, nowMs, notBeforeMs: lastJudgedMs, maxLagMs: input.cashoutMaxLagMs ?? DEFAULT_CASHOUT_MAX_LAG_MS });
      if (at.clamped) {
        log.warn('cashout stamp out of bounds: clamped', { roundId: input.roundId, requestedElapsedMs, judgedElapsedMs: at.elapsedMs, workflowElapsedMs: nowMs });
      }
      lastJudgedMs = at.elapsedMs;
      const judged = resolveCrashAt(at.elapsedMs, input, 'manual');
      if (judged.outcome === 'too_early') {
        throw ApplicationFailure.create({
          type: CASHOUT_TOO_EARLY,
          message: `The multiplier is ${judged.multiplier.toFixed(2)}; cash out from ${input.crash.minCashout.toFixed(2)}`,
          nonRetryable: true,
          details: [{ multiplier: judged.multiplier, minCashout: input.crash.minCashout }],
        });
      }
      decision = judged;
    }
    await condition(() => settlement !== null);
    return settlement!;
  });

  const autoAt = autoCashoutAtMs(input);
  const crashAt = crashTimeMs(input.crashPoint, input.crash);
  const endAt = autoAt !== null ? Math.min(autoAt, crashAt) : crashAt;

  const { streamCrashTicks } = proxyActivities<Activities>({
    startToCloseTimeout: endAt + 60_000,
    heartbeatTimeout: Math.max(2_000, input.tickMs * 5),
    retry: { initialInterval: '200 milliseconds', maximumAttempts: 5 },
    // The workflow ends after its ticker (which stops within a tick of the settlement), so no
    // activity outlives the round.
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
  });
  // Rounds from before the patch had a ticker activity; newer ones are ticked by the API.
  const withTicker = !patched(CRASH_API_TICKS_PATCH);
  const ticker = new CancellationScope();
  // Ticks are display only: a failed or cancelled ticker never fails the round.
  const ticking = withTicker
    ? ticker
        .run(() => streamCrashTicks({ roundId: input.roundId, userId: input.userId, startedAtMs: input.startedAtMs, stopAtElapsedMs: endAt, tickMs: input.tickMs, crash: input.crash }))
        .catch(() => undefined)
    : Promise.resolve();

  for (;;) {
    const untilEnd = input.startedAtMs + endAt - Date.now();
    if (untilEnd > 0) await condition(() => decision !== null || settledByApi, untilEnd);
    if (decided() !== null || !settledByApi) break;
    settledByApi = false;
    const recorded = await readCrashSettlement({ roundId: input.roundId });
    if (recorded) {
      // Paid by the API (services/games/cash-out-crash-round.ts): nothing is left to decide or settle.
      settlement = recorded;
      ticker.cancel();
      await ticking;
      await condition(allHandlersFinished);
      return settlement;
    }
  }
  if (decided() === null) {
    // No cashout beat the clock: the auto-cashout target or the crash point was reached.
    const judged = resolveCrashAt(Math.max(elapsedNow(), endAt), input, 'timer');
    if (judged.outcome === 'too_early') throw new Error('unreachable: a timer decision is never too early');
    decision = judged;
  }
  ticker.cancel();

  settlement = await settleCrashRound({ roundId: input.roundId, decision: decided()! });
  await ticking;
  await condition(allHandlersFinished);
  return settlement;
}
