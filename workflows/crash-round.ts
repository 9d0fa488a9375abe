import {
  ActivityCancellationType,
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  defineQuery,
  defineUpdate,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import type { CrashConfig } from '../domain/games/config.ts';
import { crashTimeMs, decideCashout, timeToReach } from '../domain/games/crash.ts';

/**
 * Everything a crash round needs, fixed at bet time by the API (which already took the stake
 * and drew the crash point from the player's provably fair seeds): the workflow only keeps
 * time, decides, and settles through an activity.
 */
export interface CrashRoundInput {
  roundId: string;
  userId: string;
  bet: number;
  /** Cash out by itself when the multiplier reaches this (null: manual only). */
  autoCashout: number | null;
  /** Drawn outside the workflow from (server seed, client seed, nonce). */
  crashPoint: number;
  /** The round's t = 0 (epoch ms); the multiplier follows the curve from here. */
  startedAtMs: number;
  /** The crash rules in force at bet time (curve, min cashout, cap). */
  crash: CrashConfig;
  /** How often the ticker pushes `crash_tick`. */
  tickMs: number;
  /**
   * How far before the workflow's clock a cashout's stamp may lie (CRASH_CASHOUT_MAX_LAG_MS);
   * absent in rounds started before stamps existed (then DEFAULT_CASHOUT_MAX_LAG_MS).
   */
  cashoutMaxLagMs?: number;
}

/** The cashout update's argument: when the API received the player's request (its clock, epoch ms). */
export interface CashoutRequest {
  requestedAtMs: number;
}

/** The lag bound of rounds whose input does not carry one. */
export const DEFAULT_CASHOUT_MAX_LAG_MS = 5_000;

/**
 * The elapsed time at which a cashout is judged: the moment the API received it, bounded.
 * Never before `notBeforeMs` (the last event the workflow judged: time never runs backwards
 * for a round), never after `nowMs` (the workflow's own clock: a stamp from the future, i.e.
 * a clock ahead of the worker's, counts as now), and never more than `maxLagMs` before now (a
 * stamp that old is a skewed clock, not queueing). `clamped` says a bound applied by more than
 * CLAMP_TOLERANCE_MS (then the workflow logs it). Without a stamp (an API from before stamps):
 * now.
 */
export function cashoutJudgedAt(opts: { requestedElapsedMs: number | null; nowMs: number; notBeforeMs: number; maxLagMs: number }): { elapsedMs: number; clamped: boolean } {
  const { requestedElapsedMs, nowMs, notBeforeMs, maxLagMs } = opts;
  if (requestedElapsedMs === null || !Number.isFinite(requestedElapsedMs)) return { elapsedMs: nowMs, clamped: false };
  const lower = Math.min(nowMs, Math.max(notBeforeMs, nowMs - maxLagMs, 0));
  const elapsedMs = Math.min(nowMs, Math.max(lower, requestedElapsedMs));
  return { elapsedMs, clamped: Math.abs(elapsedMs - requestedElapsedMs) > CLAMP_TOLERANCE_MS };
}

/** Clamping by less than this (ordinary clock jitter between API and worker) is not worth a log line. */
const CLAMP_TOLERANCE_MS = 50;

/**
 * How a round was decided. `elapsedMs` is the workflow-clock time since start at which the
 * deciding event was handled; the outcome is a pure function of it (`resolveCrashAt`), which
 * is why a race between a cashout and the crash always ends the same way, also on replay.
 */
export type CrashDecision =
  | { outcome: 'cashed_out'; multiplier: number; elapsedMs: number; trigger: 'manual' | 'auto' }
  | { outcome: 'crashed'; elapsedMs: number; trigger: 'manual' | 'crash' };

/** What the round paid, as the settle activity recorded it. */
export interface CrashSettlement {
  roundId: string;
  status: 'cashed_out' | 'crashed' | 'void';
  trigger: 'manual' | 'auto' | 'crash' | null;
  bet: number;
  /** The cashout multiplier (null when crashed or void). */
  multiplier: number | null;
  crashPoint: number;
  payout: number;
  elapsedMs: number | null;
  /** The player's balance right after settlement. */
  balance: number;
  settledAt: string;
}

/** A round's progress for support and tests; never the crash point while it runs. */
export interface CrashRoundState {
  phase: 'running' | 'settling' | 'settled';
  elapsedMs: number;
  decision: CrashDecision | null;
}

/**
 * The player's cashout, stamped by the API with the time it received it (the handler also
 * takes none, as updates sent before stamps existed did): answered with the settlement once the round is settled (the
 * same one for every caller).
 */
export const cashoutUpdate = defineUpdate<CrashSettlement, [CashoutRequest]>('cashout');
/** Where the round is. */
export const crashRoundStateQuery = defineQuery<CrashRoundState>('crashRoundState');

/** Failure type of a cashout below the minimum multiplier; the round goes on. */
export const CASHOUT_TOO_EARLY = 'cashout_too_early';

/** The auto-cashout's elapsed time, or null when it cannot trigger (none, or above the crash point). */
export function autoCashoutAtMs(round: Pick<CrashRoundInput, 'autoCashout' | 'crashPoint' | 'crash'>): number | null {
  if (round.autoCashout === null || round.autoCashout > round.crashPoint) return null;
  return timeToReach(round.autoCashout, round.crash);
}

/**
 * The outcome of a round judged at `elapsedMs`, as a pure function: past the auto-cashout time
 * the auto-cashout has won; past the crash time the stake is lost; below the minimum cashout a
 * request is refused (`too_early`); otherwise it cashes out at multiplierAt(elapsedMs).
 */
export function resolveCrashAt(
  elapsedMs: number,
  round: Pick<CrashRoundInput, 'autoCashout' | 'crashPoint' | 'crash'>,
  trigger: 'manual' | 'timer',
): CrashDecision | { outcome: 'too_early'; multiplier: number } {
  const autoAt = autoCashoutAtMs(round);
  if (autoAt !== null && elapsedMs >= autoAt) return { outcome: 'cashed_out', multiplier: round.autoCashout!, elapsedMs, trigger: 'auto' };
  const decided = decideCashout(round.crashPoint, elapsedMs, round.crash);
  if (decided.kind === 'crashed') return { outcome: 'crashed', elapsedMs, trigger: trigger === 'manual' ? 'manual' : 'crash' };
  if (decided.kind === 'too_early') return { outcome: 'too_early', multiplier: decided.multiplier };
  return { outcome: 'cashed_out', multiplier: decided.multiplier, elapsedMs, trigger: 'manual' };
}

// Settlement must happen: retry transient faults for as long as it takes (the activity is idempotent).
const settleRetry = { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' } as const;
const { settleCrashRound } = proxyActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: settleRetry });
// The same activity run as a local activity: in the workflow task that decided the round, so a
// cashout's answer waits for no activity task to be matched, dispatched and completed.
const { settleCrashRound: settleCrashRoundLocally } = proxyLocalActivities<Activities>({ startToCloseTimeout: '30 seconds', retry: settleRetry });

/** Patch id: rounds started before it settle through a regular activity (their histories say so). */
export const LOCAL_SETTLE_PATCH = 'crash-settle-local-activity';

/**
 * One crash round (`crash:<roundId>`): from the bet (stake already taken) to exactly one
 * settlement. The multiplier rises on the deterministic curve from `startedAtMs`; every race is
 * decided by elapsed times recorded in the history (replayed identically):
 * - a `cashout` update is judged at the moment the API received it (its stamp, bounded by
 *   cashoutJudgedAt), so the multiplier a player gets does not depend on how long the request
 *   queued in the API, Temporal or the worker (resolveCrashAt);
 * - otherwise a timer fires at the auto-cashout time or the crash time, whichever comes first
 *   (an abandoned round thus settles as lost after its crash point);
 * - the first decision wins; later cashouts get the same settlement;
 * - the settlement runs as a local activity (a regular one in rounds started before that patch).
 * A heartbeating ticker activity pushes `crash_tick` meanwhile (best effort, display only).
 */
export async function crashRoundWorkflow(input: CrashRoundInput): Promise<CrashSettlement> {
  let decision: CrashDecision | null = null;
  let settlement: CrashSettlement | null = null;
  const decided = (): CrashDecision | null => decision;
  const elapsedNow = (): number => Math.max(0, Date.now() - input.startedAtMs);
  // The last elapsed time the workflow judged a cashout at: later judgments never go back before it.
  let lastJudgedMs = 0;

  setHandler(crashRoundStateQuery, () => ({
    phase: settlement ? 'settled' : decision ? 'settling' : 'running',
    elapsedMs: elapsedNow(),
    decision,
  }));

  setHandler(cashoutUpdate, async (request?: CashoutRequest) => {
    if (decision === null) {
      const nowMs = elapsedNow();
      const at = cashoutJudgedAt({
        requestedElapsedMs: request ? request.requestedAtMs - input.startedAtMs : null,
        nowMs,
        notBeforeMs: lastJudgedMs,
        maxLagMs: input.cashoutMaxLagMs ?? DEFAULT_CASHOUT_MAX_LAG_MS,
      });
      if (at.clamped) {
        log.warn('cashout stamp out of bounds: clamped', { roundId: input.roundId, requestedAtMs: request?.requestedAtMs, requestedElapsedMs: request ? request.requestedAtMs - input.startedAtMs : null, judgedElapsedMs: at.elapsedMs, workflowElapsedMs: nowMs });
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
  const ticker = new CancellationScope();
  // Ticks are display only: a failed or cancelled ticker never fails the round.
  const ticking = ticker
    .run(() => streamCrashTicks({ roundId: input.roundId, userId: input.userId, startedAtMs: input.startedAtMs, stopAtElapsedMs: endAt, tickMs: input.tickMs, crash: input.crash }))
    .catch(() => undefined);

  const untilEnd = input.startedAtMs + endAt - Date.now();
  if (untilEnd > 0) await condition(() => decision !== null, untilEnd);
  if (decided() === null) {
    // No cashout beat the clock: the auto-cashout target or the crash point was reached.
    const judged = resolveCrashAt(Math.max(elapsedNow(), endAt), input, 'timer');
    if (judged.outcome === 'too_early') throw new Error('unreachable: a timer decision is never too early');
    decision = judged;
  }
  ticker.cancel();

  const settle = patched(LOCAL_SETTLE_PATCH) ? settleCrashRoundLocally : settleCrashRound;
  settlement = await settle({ roundId: input.roundId, decision: decided()! });
  await ticking;
  await condition(allHandlersFinished);
  return settlement;
}
