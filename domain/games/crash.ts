/**
 * Crash rules. Imported by Temporal workflow code: no node built-ins, no crypto, no zod, no clock;
 * only pure maths over values passed in (the crash point's random float is drawn by an activity
 * or the API with fairness.ts and handed to the workflow). Import this file directly, never
 * through index.ts, which also re-exports node:crypto code.
 *
 * Time runs on an integer-millisecond grid and multipliers on a 0.01 grid:
 * - multiplierAt(t) = floor(100 · e^(k·t/1000)) / 100 with t floored to whole ms;
 * - the round is over at the first ms whose multiplier exceeds the crash point; a cashout at
 *   elapsed t wins iff minCashout <= multiplierAt(t) <= crashPoint (so an auto-cashout at exactly
 *   the crash point wins, as does settleCrash's cashoutAt <= crashPoint).
 * These make "did the cashout beat the crash?" a pure function of (crashPoint, elapsedMs).
 */
import type { CrashConfig } from './config.ts';
import { goldPayout, multiplierToCents } from './payout.ts';

/** How a cashout request at some elapsed time resolves; the same inputs always give the same answer. */
export type CashoutDecision =
  /** In time: pays floor(bet × multiplier). */
  | { kind: 'cashed_out'; multiplier: number }
  /** The multiplier has not reached minCashout yet: refuse the request, the round goes on. */
  | { kind: 'too_early'; multiplier: number }
  /** The round had already crashed at that elapsed time: the stake is lost. */
  | { kind: 'crashed' };

/** The crash point's edge numerator, 100·(1-edge) (93 for 7%), rounded so float noise in 1-0.07 cannot shift a floor. */
function scaledReturn(config: CrashConfig): number {
  return Math.round((1 - config.houseEdge) * 1_000_000) / 10_000;
}

/** Crash point for a uniform float u in [0,1): floor(100·(1-edge)/(1-u))/100, at least 1.00, at most maxMultiplier. */
export function crashPointFromFloat(u: number, config: CrashConfig): number {
  if (!(u >= 0 && u < 1)) throw new RangeError(`u ${u} must be a float in [0, 1)`);
  const cents = Math.floor(scaledReturn(config) / (1 - u));
  const capped = Math.min(Math.max(cents, 100), multiplierToCents(config.maxMultiplier));
  return capped / 100;
}

function elapsedGridMs(elapsedMs: number): number {
  if (!Number.isFinite(elapsedMs) || elapsedMs < 0) throw new RangeError(`elapsed ${elapsedMs} ms must be a finite number >= 0`);
  return Math.floor(elapsedMs);
}

function centsAt(ms: number, config: CrashConfig): number {
  return Math.floor(100 * Math.exp((config.growthPerSecond * ms) / 1000));
}

/** The multiplier shown at an elapsed time: 1.00 at 0, rising as e^(k·t), 2 decimals (floored). Not capped: the crash point is. */
export function multiplierAt(elapsedMs: number, config: CrashConfig): number {
  return centsAt(elapsedGridMs(elapsedMs), config) / 100;
}

function msToReachCents(cents: number, config: CrashConfig): number {
  if (cents <= 100) return 0;
  let ms = Math.max(0, Math.ceil((Math.log(cents / 100) * 1000) / config.growthPerSecond));
  // Correct the float estimate so the answer agrees exactly with centsAt on the ms grid.
  while (centsAt(ms, config) < cents) ms++;
  while (ms > 0 && centsAt(ms - 1, config) >= cents) ms--;
  return ms;
}

/** Inverse of multiplierAt: the first whole ms at which the multiplier is >= `multiplier`; schedules auto-cashouts. */
export function timeToReach(multiplier: number, config: CrashConfig): number {
  return msToReachCents(multiplierToCents(multiplier), config);
}

/** The first whole ms at which a round with this crash point is over (its multiplier passed the crash point); schedules the crash. */
export function crashTimeMs(crashPoint: number, config: CrashConfig): number {
  return msToReachCents(multiplierToCents(crashPoint) + 1, config);
}

/** Decides a manual cashout at an elapsed time against the crash point; the race is settled by this alone, never by arrival order. */
export function decideCashout(crashPoint: number, elapsedMs: number, config: CrashConfig): CashoutDecision {
  const cents = centsAt(elapsedGridMs(elapsedMs), config);
  if (cents > multiplierToCents(crashPoint)) return { kind: 'crashed' };
  if (cents < multiplierToCents(config.minCashout)) return { kind: 'too_early', multiplier: cents / 100 };
  return { kind: 'cashed_out', multiplier: cents / 100 };
}

/** True when `multiplier` is an acceptable cashout target (auto-cashout input): 2 decimals, between minCashout and the cap. */
export function isValidCashoutTarget(multiplier: number, config: CrashConfig): boolean {
  try {
    const cents = multiplierToCents(multiplier);
    return cents >= multiplierToCents(config.minCashout) && cents <= multiplierToCents(config.maxMultiplier);
  } catch {
    // multiplierToCents rejects more than 2 decimals: that is exactly "not a valid target".
    return false;
  }
}

/** What a finished round pays: floor(bet × cashoutAt) when the player cashed out at or below the crash point, else 0. */
export function settleCrash(round: { bet: number; crashPoint: number; cashoutAt?: number | null }): number {
  const { bet, crashPoint, cashoutAt } = round;
  if (multiplierToCents(crashPoint) < 100) throw new RangeError(`crash point ${crashPoint} is below 1.00`);
  if (cashoutAt === undefined || cashoutAt === null) return 0;
  if (multiplierToCents(cashoutAt) < 100) throw new RangeError(`cashout multiplier ${cashoutAt} is below 1.00`);
  return multiplierToCents(cashoutAt) <= multiplierToCents(crashPoint) ? goldPayout(bet, cashoutAt) : 0;
}

/**
 * Expected return of always cashing out at `target`: target × P(crash point >= target). From
 * crashPointFromFloat, crash point >= m <=> u >= 1 - 100·(1-edge)/(100·m) for a 2-decimal m
 * above 1.00, so P = (1-edge)/m and the return is 1 - edge for every target up to the cap.
 */
export function crashTheoreticalReturn(target: number, config: CrashConfig): number {
  const cents = multiplierToCents(target);
  if (cents > multiplierToCents(config.maxMultiplier)) return 0;
  const survival = cents <= 100 ? 1 : Math.min(1, scaledReturn(config) / cents);
  return (cents / 100) * survival;
}

/** What decides a round's outcome, fixed at bet time. */
export interface CrashRoundRules {
  /** Cash out by itself at this multiplier (null: manual only). */
  autoCashout: number | null;
  crashPoint: number;
  crash: CrashConfig;
}

/**
 * How a round was decided. `elapsedMs` is the workflow-clock time since start at which the
 * deciding event was handled; the outcome is a pure function of it (`resolveCrashAt`), which
 * is why a race between a cashout and the crash always ends the same way, also on replay.
 */
export type CrashDecision =
  | { outcome: 'cashed_out'; multiplier: number; elapsedMs: number; trigger: 'manual' | 'auto' }
  | { outcome: 'crashed'; elapsedMs: number; trigger: 'manual' | 'crash' };

/** The auto-cashout's elapsed time, or null when it cannot trigger (none, or above the crash point). */
export function autoCashoutAtMs(round: CrashRoundRules): number | null {
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
  round: CrashRoundRules,
  trigger: 'manual' | 'timer',
): CrashDecision | { outcome: 'too_early'; multiplier: number } {
  const autoAt = autoCashoutAtMs(round);
  if (autoAt !== null && elapsedMs >= autoAt) return { outcome: 'cashed_out', multiplier: round.autoCashout!, elapsedMs, trigger: 'auto' };
  const decided = decideCashout(round.crashPoint, elapsedMs, round.crash);
  if (decided.kind === 'crashed') return { outcome: 'crashed', elapsedMs, trigger: trigger === 'manual' ? 'manual' : 'crash' };
  if (decided.kind === 'too_early') return { outcome: 'too_early', multiplier: decided.multiplier };
  return { outcome: 'cashed_out', multiplier: decided.multiplier, elapsedMs, trigger: 'manual' };
}

/** Clamping by less than this (ordinary clock jitter between API and worker) is not worth a log line. */
const CLAMP_TOLERANCE_MS = 50;

/**
 * The elapsed time at which a crash cashout is judged: the moment the API received it, bounded.
 * Never before `notBeforeMs` (the last event the workflow judged: time never runs backwards
 * for a round), never after `nowMs` (the workflow's own clock: a stamp from the future, i.e.
 * a clock ahead of the worker's, counts as now), and never more than `maxLagMs` before now (a
 * stamp that old is a skewed clock, not queueing). `clamped` says a bound applied by more than
 * 50 ms (the workflow logs it). Without a stamp (an update from before stamps): now.
 */
export function cashoutJudgedAt(opts: { requestedElapsedMs: number | null; nowMs: number; notBeforeMs: number; maxLagMs: number }): { elapsedMs: number; clamped: boolean } {
  const { requestedElapsedMs, nowMs, notBeforeMs, maxLagMs } = opts;
  if (requestedElapsedMs === null || !Number.isFinite(requestedElapsedMs)) return { elapsedMs: nowMs, clamped: false };
  const lower = Math.min(nowMs, Math.max(notBeforeMs, nowMs - maxLagMs, 0));
  const elapsedMs = Math.min(nowMs, Math.max(lower, requestedElapsedMs));
  return { elapsedMs, clamped: Math.abs(elapsedMs - requestedElapsedMs) > CLAMP_TOLERANCE_MS };
}
