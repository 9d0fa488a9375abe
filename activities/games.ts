import { Context } from '@temporalio/activity';
import type { CrashConfig } from '../domain/games/config.ts';
import { multiplierAt } from '../domain/games/crash.ts';
import type { Config } from '../lib/config.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import type { Logger } from '../lib/logger.ts';
import { publishToUser } from '../lib/realtime.ts';
import type { Redis } from '../lib/redis.ts';
import { loadGameConfig } from '../services/games/game-config.ts';
import { recordedCrashSettlement, settleCrashRound, type SettleCrashRoundInput } from '../services/games/settle-crash-round.ts';
import type { CrashSettlement } from '../workflows/messages/crash-round.ts';

/** Input of the crash ticker: where the round's curve starts and when to stop (the decision time). */
export interface StreamCrashTicksInput {
  roundId: string;
  userId: string;
  startedAtMs: number;
  /** min(auto-cashout time, crash time): never tick past the point that would reveal the crash. */
  stopAtElapsedMs: number;
  tickMs: number;
  crash: CrashConfig;
}

/**
 * Activities of the CrashRoundWorkflow. The game config is loaded and validated here, when the
 * worker builds its activities, so a bad GAME_CONFIG stops the worker at start.
 */
export function createGameActivities(deps: { prisma: PrismaClient; redis: Redis; config: Config; log: Logger }) {
  const games = loadGameConfig(deps.config.GAME_CONFIG);
  const gameDeps = { ...deps, games };
  return {
    /** Pays (or not) a decided crash round exactly once; idempotent across retries. */
    async settleCrashRound(input: SettleCrashRoundInput): Promise<CrashSettlement> {
      return settleCrashRound(gameDeps, input);
    },

    /** The settlement the API recorded for a round it settled (null while the round runs). */
    async readCrashSettlement(input: { roundId: string }): Promise<CrashSettlement | null> {
      return recordedCrashSettlement(gameDeps, input.roundId);
    },

    /**
     * Rounds from before CRASH_API_TICKS_PATCH only (newer ones are ticked by the API).
     * Pushes `crash_tick { round_id, multiplier, elapsed_ms }` every tick from the worker's clock
     * until the decision time or cancellation (the workflow cancels it at its decision). Heartbeats each tick, so a
     * killed worker's ticker resumes on another one; display only (the workflow decides).
     */
    async streamCrashTicks(input: StreamCrashTicksInput): Promise<{ ticks: number }> {
      const ctx = Context.current();
      let ticks = 0;
      for (;;) {
        const elapsed = Math.max(0, Date.now() - input.startedAtMs);
        if (elapsed >= input.stopAtElapsedMs) break;
        await publishToUser(deps.redis, input.userId, 'crash_tick', {
          round_id: input.roundId,
          multiplier: multiplierAt(elapsed, input.crash),
          elapsed_ms: elapsed,
        });
        ticks += 1;
        ctx.heartbeat(ticks);
        await ctx.sleep(Math.max(1, Math.min(input.tickMs, input.stopAtElapsedMs - elapsed)));
      }
      return { ticks };
    },
  };
}
