// What an API instance needs to push `crash_tick` for one running round to its player's open
// streams (api/realtime/crash-ticker.ts): where the curve starts and when ticks must stop
// (the auto-cashout or crash time, whichever comes first). The crash point itself is never in
// it; the stop time stays on the server (Redis pub/sub between our own processes, never a client).
import type { CrashConfig } from '../../domain/games/config.ts';
import { autoCashoutAtMs, crashTimeMs } from '../../domain/games/crash.ts';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { publishInternal } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';
import type { CrashRoundRow } from './crash-round-view.ts';
import { loadGameConfig } from './game-config.ts';
import { num } from './views.ts';

/** One running round, as the ticker needs it. */
export interface CrashTickSpec {
  roundId: string;
  userId: string;
  startedAtMs: number;
  /** min(auto-cashout time, crash time): no tick at or after it, so ticks never reveal the crash. */
  stopAtElapsedMs: number;
  crash: CrashConfig;
}

/** The internal message a bet publishes on its player's channel; the API's hub consumes it and never forwards it. */
export const CRASH_ROUND_STARTED = 'crash_round_started';

/** The tick spec of a round row. */
export function crashTickSpecOf(row: Pick<CrashRoundRow, 'id' | 'userId' | 'startedAt' | 'autoCashout' | 'crashPoint'>, crash: CrashConfig): CrashTickSpec {
  const crashPoint = num(row.crashPoint)!;
  const autoAt = autoCashoutAtMs({ autoCashout: num(row.autoCashout), crashPoint, crash });
  return {
    roundId: row.id,
    userId: row.userId,
    startedAtMs: row.startedAt.getTime(),
    stopAtElapsedMs: Math.min(autoAt ?? Infinity, crashTimeMs(crashPoint, crash)),
    crash,
  };
}

/** Tells every API instance serving the player's streams that a round started (best effort: display only). */
export async function announceCrashRoundStarted(redis: Redis, spec: CrashTickSpec): Promise<void> {
  await publishInternal(redis, spec.userId, { type: CRASH_ROUND_STARTED, data: spec, at: new Date().toISOString() });
}

/** What the API's realtime hub needs to tick crash rounds (`RealtimeHub.enableCrashTicks`). */
export function crashTickOptions(deps: { prisma: PrismaClient; config: Config }): { tickMs: number; runningRound: (userId: string) => Promise<CrashTickSpec | null> } {
  const crash = loadGameConfig(deps.config.GAME_CONFIG).config.crash;
  return { tickMs: deps.config.CRASH_TICK_MS, runningRound: (userId) => runningCrashTickSpec({ prisma: deps.prisma, crash }, userId) };
}

/** The player's running round, for a stream that opens while it runs (page reload). */
export async function runningCrashTickSpec(deps: { prisma: PrismaClient; crash: CrashConfig }, userId: string): Promise<CrashTickSpec | null> {
  const row = await deps.prisma.crashRound.findFirst({ where: { userId, status: 'running' } });
  return row ? crashTickSpecOf(row, deps.crash) : null;
}
