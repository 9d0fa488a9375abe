import { multiplierAt } from '../../domain/games/crash.ts';
import type { RealtimeMessage } from '../../lib/realtime.ts';
import type { CrashTickSpec } from '../../services/games/crash-ticks.ts';

/**
 * Pushes `crash_tick { round_id, multiplier, elapsed_ms }` for the running rounds of the players
 * whose streams this API instance serves: one timer for all of them, every CRASH_TICK_MS, from
 * this process's clock. Ticks are display only (the round's workflow decides): they cost nothing
 * in Temporal or Redis, and nothing at all for a player who is not watching. A round stops
 * ticking at its stop time (never revealing the crash point) or when its `crash_update` passes.
 */
export class CrashTicker {
  private readonly rounds = new Map<string, CrashTickSpec>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly tickMs: number,
    private readonly send: (userId: string, frame: string) => void,
  ) {}

  /** Starts ticking a round (replacing any earlier round of the same player) with a first tick now. */
  track(spec: CrashTickSpec): void {
    this.rounds.set(spec.userId, spec);
    this.tickOne(spec, Date.now());
    this.timer ??= setInterval(() => this.tick(), this.tickMs).unref();
  }

  /** Stops ticking the player's round (only `roundId` when given: a late message about an older round changes nothing). */
  untrack(userId: string, roundId?: string): void {
    const spec = this.rounds.get(userId);
    if (spec && (roundId === undefined || spec.roundId === roundId)) this.rounds.delete(userId);
    if (this.rounds.size === 0) this.stop();
  }

  /** Whether a round of this player is ticking here. */
  isTracking(userId: string): boolean {
    return this.rounds.has(userId);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private tick(): void {
    const now = Date.now();
    for (const spec of [...this.rounds.values()]) this.tickOne(spec, now);
  }

  private tickOne(spec: CrashTickSpec, now: number): void {
    const elapsed = Math.max(0, now - spec.startedAtMs);
    if (elapsed >= spec.stopAtElapsedMs) {
      this.untrack(spec.userId, spec.roundId);
      return;
    }
    const message: RealtimeMessage = { type: 'crash_tick', data: { round_id: spec.roundId, multiplier: multiplierAt(elapsed, spec.crash), elapsed_ms: elapsed }, at: new Date(now).toISOString() };
    this.send(spec.userId, `event: crash_tick\ndata: ${JSON.stringify(message)}\n\n`);
  }
}
