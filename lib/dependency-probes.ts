import { Redis } from 'ioredis';
import pg from 'pg';
import type { Config } from './config.ts';
import { DependencyMonitor, type Probe } from './dependencies.ts';
import type { Logger } from './logger.ts';
import { temporalProbe } from './temporal-client.ts';

/** `SELECT 1` on a connection of the probe's own; a failed or late probe drops it, the next one reconnects. */
function postgresProbe(url: string, timeoutMs: number): { probe: Probe; close: () => Promise<void> } {
  let client: pg.Client | undefined;
  let connected: Promise<unknown> | undefined;
  let ready = false;
  const drop = (): void => {
    const old = client;
    client = undefined;
    connected = undefined;
    ready = false;
    // With a query or a connect in flight, end() destroys the socket instead of waiting for an answer.
    old?.end().catch(() => undefined);
  };
  const probe = Object.assign(
    async () => {
      if (!client) {
        // The client's own timers are twice the monitor's: the monitor decides (it does not blame a
        // busy event loop), these only drop a connection that is truly stuck.
        client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs * 8, query_timeout: timeoutMs * 2, application_name: 'casino-probe' });
        client.on('error', drop);
        connected = client.connect();
      }
      const mine = client;
      try {
        await connected;
        ready = true;
        await mine.query('SELECT 1');
      } catch (err) {
        if (client === mine) drop();
        throw err;
      }
    },
    { cold: () => !client || !ready },
  );
  return {
    probe,
    async close() {
      drop();
    },
  };
}

/** PING on a connection of the probe's own that never queues a command while disconnected. */
function redisProbe(url: string, timeoutMs: number): { probe: Probe; close: () => Promise<void> } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    // Twice the monitor's timeout: its own timer would otherwise fire before a reply already read.
    commandTimeout: timeoutMs * 2,
    connectTimeout: timeoutMs * 4,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  });
  redis.on('error', () => undefined);
  // Not connected yet (at start, or reconnecting): wait for the connection instead of failing at
  // once (the offline queue is off), within the monitor's cold allowance. One shared wait.
  let ready: Promise<void> | undefined;
  const whenReady = (): Promise<void> => {
    if (redis.status === 'ready') return Promise.resolve();
    ready ??= new Promise<void>((resolve) => redis.once('ready', () => resolve())).finally(() => {
      ready = undefined;
    });
    return ready;
  };
  return {
    probe: Object.assign(async () => {
      await whenReady();
      return redis.ping();
    }, { cold: () => redis.status !== 'ready' }),
    async close() {
      redis.disconnect();
    },
  };
}

/**
 * The monitor of a process that serves requests (the API): PostgreSQL, Redis and Temporal,
 * probed every DEPENDENCY_PROBE_INTERVAL_MS with DEPENDENCY_PROBE_TIMEOUT_MS each. Kafka is
 * not watched: no request waits on it (only the worker's outbox relay talks to it).
 */
export function createDependencyMonitor(
  config: Config,
  log: Logger,
  /** The worker watches only Redis: its live updates then fail open at once instead of after a command timeout. */
  watch: ('postgres' | 'redis' | 'temporal')[] = ['postgres', 'redis', 'temporal'],
): { monitor: DependencyMonitor; close(): Promise<void> } {
  const timeoutMs = config.DEPENDENCY_PROBE_TIMEOUT_MS;
  const makers = {
    postgres: () => postgresProbe(config.DATABASE_URL, timeoutMs),
    redis: () => redisProbe(config.REDIS_URL, timeoutMs),
    temporal: () => temporalProbe(config.TEMPORAL_ADDRESS, timeoutMs),
  };
  const probes = Object.fromEntries(watch.map((d) => [d, makers[d]()])) as Partial<Record<keyof typeof makers, { probe: Probe; close: () => Promise<void> }>>;
  const monitor = new DependencyMonitor({
    probes: Object.fromEntries(Object.entries(probes).map(([d, p]) => [d, p.probe])),
    log,
    intervalMs: config.DEPENDENCY_PROBE_INTERVAL_MS,
    timeoutMs,
  });
  return {
    monitor,
    async close() {
      monitor.stop();
      await Promise.allSettled(Object.values(probes).map((p) => p!.close()));
    },
  };
}
