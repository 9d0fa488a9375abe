import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { CrashConfig } from '../../domain/games/config.ts';
import { CRASH_ROUND_WORKFLOW, type CrashRoundInput, type CrashRoundWorkflow } from '../../workflows/messages/crash-round.ts';
import type { CrashDeps } from './deps.ts';
import { gameConfigByHash } from './game-config.ts';
import { SA_CRASH_ROUND_ID, SA_CRASH_USER_ID } from './crash-search-attributes.ts';
import type { CrashRoundRow } from './crash-round-view.ts';
import { num } from './views.ts';

/** The workflow input a crash_rounds row stands for: the same on the first start and on a repair. */
export function crashRoundInputOf(row: CrashRoundRow, crash: CrashConfig, tickMs: number, cashoutMaxLagMs?: number): CrashRoundInput {
  return {
    roundId: row.id,
    userId: row.userId,
    bet: row.bet,
    autoCashout: num(row.autoCashout),
    crashPoint: num(row.crashPoint)!,
    startedAtMs: row.startedAt.getTime(),
    crash,
    tickMs,
    ...(cashoutMaxLagMs !== undefined ? { cashoutMaxLagMs } : {}),
  };
}

/**
 * Starts the round's CrashRoundWorkflow (`crash:<roundId>`, search attributes CrashRoundId and
 * UserId). Idempotent: a running workflow is reused (USE_EXISTING) and a completed one is never
 * run again, so the same call repairs a round whose API died between commit and start.
 */
export async function startCrashRoundWorkflow(deps: CrashDeps, row: CrashRoundRow): Promise<void> {
  const crash = (await gameConfigByHash(deps.prisma, row.configHash, deps.games))?.crash ?? deps.games.config.crash;
  try {
    await deps.temporal.workflow.start<CrashRoundWorkflow>(CRASH_ROUND_WORKFLOW, {
      workflowId: row.workflowId,
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [crashRoundInputOf(row, crash, deps.config.CRASH_TICK_MS, deps.config.CRASH_CASHOUT_MAX_LAG_MS)],
      workflowIdConflictPolicy: 'USE_EXISTING',
      // A workflow that failed or was terminated may be started again; one that completed has settled.
      workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
      typedSearchAttributes: [
        { key: SA_CRASH_ROUND_ID, value: row.id },
        { key: SA_CRASH_USER_ID, value: row.userId },
      ],
    });
  } catch (err) {
    // Already completed: the round settled (the database says so too); nothing to start.
    if (err instanceof WorkflowExecutionAlreadyStartedError) return;
    throw err;
  }
}
