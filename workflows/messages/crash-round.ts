// The crash round process's contract: its input, settlement, state, update and query. The API's
// services, the activities and the workflow share these; none imports the workflow body.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { CrashConfig } from '../../domain/games/config.ts';
import type { CrashDecision } from '../../domain/games/crash.ts';

export type { CrashDecision };

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
  /** How often the ticker pushed `crash_tick` (rounds from before CRASH_API_TICKS_PATCH). */
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

/**
 * Rounds started after this patch have no ticker activity: the API instance serving the
 * player's stream pushes `crash_tick` itself (api/realtime/crash-ticker.ts). Measured with 200
 * live rounds, one heartbeating ticker per round held every activity slot of the worker, so
 * settlements waited behind them (cashout p99 53 s, docs/benchmarks.md). Older histories replay
 * their ticker.
 */
export const CRASH_API_TICKS_PATCH = 'crash-api-ticks-v1';

/** The lag bound of rounds whose input does not carry one. */
export const DEFAULT_CASHOUT_MAX_LAG_MS = 5_000;


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
 * takes none, as updates sent before stamps existed did): answered with the settlement once
 * the round is settled (the same one for every caller).
 */
export const cashoutUpdate = defineUpdate<CrashSettlement, [CashoutRequest]>('cashout');
/**
 * Sent by the API after it settled a cashout itself (services/games/cash-out-crash-round.ts):
 * the workflow stops waiting for its timer, reads the recorded settlement and completes, so the
 * Temporal UI shows the round over when the player is paid. Losing this signal costs nothing:
 * the timer then finds the round settled.
 */
export const crashRoundSettledSignal = defineSignal('settled');
/** Where the round is. */
export const crashRoundStateQuery = defineQuery<CrashRoundState>('crashRoundState');

/** Failure type of a cashout below the minimum multiplier; the round goes on. */
export const CASHOUT_TOO_EARLY = 'cashout_too_early';

/** The workflow's signature, for starting it by name (`crashRoundWorkflow`) without importing its body. */
export type CrashRoundWorkflow = (input: CrashRoundInput) => Promise<CrashSettlement>;
/** The registered workflow type name. */
export const CRASH_ROUND_WORKFLOW = 'crashRoundWorkflow';
