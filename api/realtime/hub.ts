import type { Response } from 'express';
import { BROADCAST_CHANNEL, userChannel } from '../../lib/realtime.ts';
import { CRASH_ROUND_STARTED, type CrashTickSpec } from '../../services/games/crash-ticks.ts';
import { CrashTicker } from './crash-ticker.ts';
import type { Logger } from '../../lib/logger.ts';
import { createRedis, type Redis } from '../../lib/redis.ts';

/**
 * Fans Redis pub/sub out to this API instance's server-sent-event streams. One subscriber
 * connection per process; a player's channel is subscribed while at least one of their
 * streams is open here.
 */
export class RealtimeHub {
  private readonly subscriber: Redis;
  private readonly streams = new Map<string, Set<Response>>();
  private readonly heartbeat: NodeJS.Timeout;
  private crash: { ticker: CrashTicker; runningRound: (userId: string) => Promise<CrashTickSpec | null> } | undefined;

  constructor(
    redisUrl: string,
    private readonly log: Logger,
    heartbeatMs = 15_000,
  ) {
    this.subscriber = createRedis(redisUrl);
    this.subscriber.on('error', (err) => log.warn({ err: err.message }, 'realtime subscriber error'));
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
    void this.subscriber.subscribe(BROADCAST_CHANNEL).catch((err: Error) => log.warn({ err: err.message }, 'broadcast subscribe failed'));
    // Comments keep proxies from closing idle streams and reveal dead sockets.
    this.heartbeat = setInterval(() => {
      for (const set of this.streams.values()) for (const res of set) res.write(': keep-alive\n\n');
    }, heartbeatMs).unref();
  }

  /**
   * Turns on `crash_tick` for this instance's streams (the games router does, with the tick
   * interval and a lookup of a player's running round for streams opened mid-round).
   */
  enableCrashTicks(opts: { tickMs: number; runningRound: (userId: string) => Promise<CrashTickSpec | null> }): void {
    this.crash?.ticker.stop();
    const ticker = new CrashTicker(opts.tickMs, (userId, frame) => {
      for (const res of this.streams.get(userChannel(userId)) ?? []) res.write(frame);
    });
    this.crash = { ticker, runningRound: opts.runningRound };
  }

  /** Attaches an open SSE response to a player's events until the client goes away. */
  async attach(userId: string, res: Response): Promise<void> {
    const channel = userChannel(userId);
    let set = this.streams.get(channel);
    if (!set) {
      set = new Set();
      this.streams.set(channel, set);
      await this.subscriber.subscribe(channel);
    }
    set.add(res);
    res.on('close', () => void this.detach(channel, res));
    const crash = this.crash;
    if (crash && !crash.ticker.isTracking(userId)) {
      void crash.runningRound(userId).then(
        (spec) => {
          if (spec && this.streams.has(channel) && !crash.ticker.isTracking(userId)) crash.ticker.track(spec);
        },
        (err: Error) => this.log.warn({ err: err.message }, 'running crash round lookup failed: no ticks for this stream'),
      );
    }
  }

  /** How many streams are open on this instance (for metrics and tests). */
  get openStreams(): number {
    let n = 0;
    for (const set of this.streams.values()) n += set.size;
    return n;
  }

  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.crash?.ticker.stop();
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
    this.subscriber.disconnect();
  }

  private async detach(channel: string, res: Response): Promise<void> {
    const set = this.streams.get(channel);
    if (!set) return;
    set.delete(res);
    if (set.size === 0) {
      this.streams.delete(channel);
      this.crash?.ticker.untrack(channel.slice(userChannel('').length));
      await this.subscriber.unsubscribe(channel).catch(() => undefined);
    }
  }

  private deliver(channel: string, message: string): void {
    let parsed: { type: string; internal?: boolean; data?: unknown };
    try {
      parsed = JSON.parse(message) as typeof parsed;
    } catch {
      this.log.warn({ channel }, 'dropping a realtime message that is not JSON');
      return;
    }
    const type = parsed.type;
    if (channel !== BROADCAST_CHANNEL && this.crash) {
      const userId = channel.slice(userChannel('').length);
      if (parsed.internal && type === CRASH_ROUND_STARTED && this.streams.has(channel)) this.crash.ticker.track(parsed.data as CrashTickSpec);
      if (type === 'crash_update') this.crash.ticker.untrack(userId, (parsed.data as { round_id?: string } | undefined)?.round_id);
    }
    // Messages between our own processes never reach a client.
    if (parsed.internal) return;
    const frame = `event: ${type}\ndata: ${message}\n\n`;
    const targets = channel === BROADCAST_CHANNEL ? [...this.streams.values()].flatMap((s) => [...s]) : [...(this.streams.get(channel) ?? [])];
    for (const res of targets) res.write(frame);
  }
}
