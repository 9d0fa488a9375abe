import { crashTimeMs, multiplierAt } from '../../domain/games/crash.ts';
import type { CrashConfig } from '../../domain/games/config.ts';
import { autoCashoutAtMs } from '../../domain/games/crash.ts';
import type { CrashSettlement } from '../../workflows/messages/crash-round.ts';
import { num, type AdminCrashRoundView, type CrashRoundView } from './views.ts';

/** A crash_rounds row as Prisma returns it. */
export interface CrashRoundRow {
  id: string;
  userId: string;
  status: string;
  bet: number;
  autoCashout: { toString(): string } | null;
  crashPoint: { toString(): string };
  serverSeedHash: string;
  clientSeed: string;
  nonce: number;
  configHash: string;
  workflowId: string;
  startedAt: Date;
  settledAt: Date | null;
  trigger: string | null;
  cashoutMultiplier: { toString(): string } | null;
  elapsedMs: number | null;
  payout: number | null;
  createdAt: Date;
}


/**
 * A crash round as its player sees it. While it runs: the server-clock elapsed time and the
 * current multiplier, never the crash point (null once the decision time has passed, until the
 * settlement lands). Once over: the crash point, the cashout multiplier and the payout.
 */
export function crashRoundView(row: CrashRoundRow, crash: CrashConfig, tickMs: number, opts: { balance?: number; now?: number } = {}): CrashRoundView {
  const running = row.status === 'running';
  const crashPoint = num(row.crashPoint)!;
  const autoCashout = num(row.autoCashout);
  let elapsedMs = row.elapsedMs;
  let multiplier = num(row.cashoutMultiplier);
  if (running) {
    const elapsed = Math.max(0, (opts.now ?? Date.now()) - row.startedAt.getTime());
    const autoAt = autoCashoutAtMs({ autoCashout, crashPoint, crash });
    const endAt = Math.min(autoAt ?? Infinity, crashTimeMs(crashPoint, crash));
    elapsedMs = elapsed;
    multiplier = elapsed < endAt ? multiplierAt(elapsed, crash) : null;
  }
  return {
    round_id: row.id,
    workflow_id: row.workflowId,
    status: row.status as CrashRoundView['status'],
    bet: row.bet,
    auto_cashout: autoCashout,
    started_at: row.startedAt.toISOString(),
    elapsed_ms: elapsedMs,
    multiplier,
    crash_point: running ? null : crashPoint,
    trigger: (row.trigger as CrashRoundView['trigger']) ?? null,
    payout: row.payout,
    settled_at: row.settledAt?.toISOString() ?? null,
    curve: { growth_per_second: crash.growthPerSecond, min_cashout: crash.minCashout, max_multiplier: crash.maxMultiplier, tick_ms: tickMs },
    fairness: { server_seed_hash: row.serverSeedHash, client_seed: row.clientSeed, nonce: row.nonce },
    ...(opts.balance !== undefined ? { balance: opts.balance } : {}),
  };
}

/** A crash round for operators: the crash point always, and whose round it is. */
export function adminCrashRoundView(row: CrashRoundRow, crash: CrashConfig): AdminCrashRoundView {
  const { balance: _b, curve: _c, ...view } = crashRoundView(row, crash, 0);
  return { ...view, user_id: row.userId, crash_point: num(row.crashPoint)!, created_at: row.createdAt.toISOString() };
}

/** The settlement a settled row stands for (what the workflow's cashout update answers). */
export function settlementOfRow(row: CrashRoundRow, balance: number): CrashSettlement {
  return {
    roundId: row.id,
    status: row.status as CrashSettlement['status'],
    trigger: (row.trigger as CrashSettlement['trigger']) ?? null,
    bet: row.bet,
    multiplier: num(row.cashoutMultiplier),
    crashPoint: num(row.crashPoint)!,
    payout: row.payout ?? 0,
    elapsedMs: row.elapsedMs,
    balance,
    settledAt: (row.settledAt ?? new Date()).toISOString(),
  };
}

/** A settlement in API shape (crash_update events, cashout answers). */
export function settlementView(s: CrashSettlement): Record<string, unknown> {
  return {
    round_id: s.roundId,
    status: s.status,
    trigger: s.trigger,
    bet: s.bet,
    multiplier: s.multiplier,
    crash_point: s.crashPoint,
    payout: s.payout,
    elapsed_ms: s.elapsedMs,
    balance: s.balance,
    settled_at: s.settledAt,
  };
}

/** A crash_rounds row as `to_jsonb` gives it (the answers of `crash_place_bet` and `crash_settle`). */
export interface CrashRoundJson {
  id: string;
  user_id: string;
  status: string;
  bet: number;
  auto_cashout: number | null;
  crash_point: number;
  seed_id: string;
  server_seed_hash: string;
  client_seed: string;
  nonce: number;
  config_hash: string;
  workflow_id: string;
  started_at: string;
  settled_at: string | null;
  trigger: string | null;
  cashout_multiplier: number | null;
  elapsed_ms: number | null;
  payout: number | null;
  created_at: string;
}

const dateOrNull = (v: string | null): Date | null => (v === null ? null : new Date(v));

/** The row behind a `to_jsonb(crash_rounds)` answer, in the shape Prisma returns. */
export function crashRowOfJson(j: CrashRoundJson): CrashRoundRow & { seedId: string } {
  return {
    id: j.id,
    userId: j.user_id,
    status: j.status,
    bet: j.bet,
    autoCashout: j.auto_cashout,
    crashPoint: j.crash_point,
    seedId: j.seed_id,
    serverSeedHash: j.server_seed_hash,
    clientSeed: j.client_seed,
    nonce: j.nonce,
    configHash: j.config_hash,
    workflowId: j.workflow_id,
    startedAt: new Date(j.started_at),
    settledAt: dateOrNull(j.settled_at),
    trigger: j.trigger,
    cashoutMultiplier: j.cashout_multiplier,
    elapsedMs: j.elapsed_ms,
    payout: j.payout,
    createdAt: new Date(j.created_at),
  };
}
