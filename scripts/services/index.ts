// Service provisioning library: installs (cached), starts, health-checks and
// stops the real backing services (PostgreSQL, Redis, Kafka, Temporal).
//
//   const stack = await startStack({ dataDir, ports: TEST_PORTS });
//   ... use stack.env.DATABASE_URL etc ...
//   await stack.stop();
//
// If DATABASE_URL / REDIS_URL / KAFKA_BROKERS / TEMPORAL_ADDRESS is set in
// opts.env (default process.env), that service is not started: the existing
// one is health-checked and its address returned.
import fs from 'node:fs/promises';
import path from 'node:path';
import { startKafka, checkKafka } from './kafka.ts';
import { startPostgres, checkPostgres, postgresUrl } from './postgres.ts';
import { startRedis, checkRedis, redisUrl } from './redis.ts';
import { startTemporal, checkTemporal, TEMPORAL_NAMESPACE } from './temporal.ts';
import { ensureTools as ensureToolsImpl } from './tools.ts';
import { defaultLog, errorMessage, seconds, type ServiceProcess } from './util.ts';

export type { ServiceProcess };


export interface StackPorts {
  postgres: number;
  redis: number;
  kafka: number;
  kafkaController: number;
  temporal: number;
  temporalUi: number;
}

export interface StackOptions {
  /** Absolute; each service gets a subfolder; created if missing. */
  dataDir: string;
  ports: StackPorts;
  /** Progress lines; default console.log with a [stack] prefix. */
  log?: (line: string) => void;
  /** Default process.env. A set DATABASE_URL / REDIS_URL / KAFKA_BROKERS / TEMPORAL_ADDRESS means: use that one, don't start it. */
  env?: NodeJS.ProcessEnv;
}

export interface StackEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  KAFKA_BROKERS: string;
  TEMPORAL_ADDRESS: string;
  TEMPORAL_NAMESPACE: string;
  TEMPORAL_UI_URL: string;
}

/** The backing services a stack runs. */
export type ServiceName = 'postgres' | 'redis' | 'kafka' | 'temporal';

export interface RunningStack {
  env: StackEnv;
  /** Stops only what this call started (graceful signal, wait, then SIGKILL). Idempotent. */
  stop(): Promise<void>;
  /** The processes this call started, by service: tests that freeze (SIGSTOP) or kill one find its pid here. */
  processes: Partial<Record<ServiceName, ServiceProcess>>;
  /**
   * Starts a service this call started again, on its port and data folder, after it was killed
   * (a process still running is stopped first). Answers once it is healthy.
   */
  restart(name: ServiceName): Promise<ServiceProcess>;
}

/** For `npm start`. */
export const DEV_PORTS: StackPorts = Object.freeze({
  postgres: 54329,
  redis: 63799,
  kafka: 19092,
  kafkaController: 19093,
  temporal: 7233,
  temporalUi: 8233,
});

/** For `npm test`. */
export const TEST_PORTS: StackPorts = Object.freeze({
  postgres: 55329,
  redis: 56379,
  kafka: 29092,
  kafkaController: 29093,
  temporal: 17233,
  temporalUi: 18233,
});

/** Installs what is missing (Temporal CLI, Kafka jars, redis-server, chromium, promtool); cached. */
export async function ensureTools(log?: (line: string) => void): Promise<void> {
  await ensureToolsImpl(log ?? defaultLog);
}

export async function startStack(opts: StackOptions): Promise<RunningStack> {
  const log = opts.log ?? defaultLog;
  const given = opts.env ?? process.env;
  const { ports } = opts;
  if (!path.isAbsolute(opts.dataDir)) throw new Error(`startStack: dataDir must be absolute (got ${opts.dataDir})`);
  const t0 = Date.now();
  await fs.mkdir(opts.dataDir, { recursive: true });

  const existing = {
    postgres: given.DATABASE_URL || undefined,
    redis: given.REDIS_URL || undefined,
    kafka: given.KAFKA_BROKERS || undefined,
    temporal: given.TEMPORAL_ADDRESS || undefined,
  };
  const namespace = given.TEMPORAL_NAMESPACE || TEMPORAL_NAMESPACE;
  const env: StackEnv = {
    DATABASE_URL: existing.postgres ?? postgresUrl(ports.postgres),
    REDIS_URL: existing.redis ?? redisUrl(ports.redis),
    KAFKA_BROKERS: existing.kafka ?? `127.0.0.1:${ports.kafka}`,
    TEMPORAL_ADDRESS: existing.temporal ?? `127.0.0.1:${ports.temporal}`,
    TEMPORAL_NAMESPACE: namespace,
    TEMPORAL_UI_URL: existing.temporal ? (given.TEMPORAL_UI_URL ?? '') : `http://127.0.0.1:${ports.temporalUi}`,
  };

  const tools = await ensureToolsImpl(log, {
    temporal: !existing.temporal,
    kafka: !existing.kafka,
    redis: !existing.redis,
    chromium: true,
  });

  const started: ServiceProcess[] = [];
  const processes: Partial<Record<ServiceName, ServiceProcess>> = {};
  const keep = (name: ServiceName) => (p: ServiceProcess) => {
    started.push(p);
    processes[name] = p;
    return p;
  };
  const starters: Record<ServiceName, () => Promise<ServiceProcess>> = {
    postgres: () => startPostgres({ dataDir: opts.dataDir, port: ports.postgres, log }),
    redis: () => startRedis({ dataDir: opts.dataDir, port: ports.redis, redisServer: tools.redisServer!, log }),
    kafka: () =>
      startKafka({
        dataDir: opts.dataDir,
        port: ports.kafka,
        controllerPort: ports.kafkaController,
        java: tools.java!,
        libsDir: tools.kafkaLibs!,
        log,
      }),
    temporal: () =>
      startTemporal({
        dataDir: opts.dataDir,
        port: ports.temporal,
        uiPort: ports.temporalUi,
        temporal: tools.temporal!,
        log,
      }),
  };
  const useExisting = (name: string, address: string, check: () => Promise<void>) => async () => {
    const tc = Date.now();
    await check();
    log(`${name}: using the existing server at ${redact(address)} (healthy, checked in ${seconds(tc)})`);
  };

  const tasks: Array<() => Promise<unknown>> = [
    existing.postgres
      ? useExisting('postgres', existing.postgres, () => checkPostgres(existing.postgres!))
      : () => starters.postgres().then(keep('postgres')),
    existing.redis
      ? useExisting('redis', existing.redis, () => checkRedis(existing.redis!))
      : () => starters.redis().then(keep('redis')),
    existing.kafka
      ? useExisting('kafka', existing.kafka, () => checkKafka(existing.kafka!))
      : () => starters.kafka().then(keep('kafka')),
    existing.temporal
      ? useExisting('temporal', existing.temporal, () => checkTemporal(existing.temporal!, namespace, log))
      : () => starters.temporal().then(keep('temporal')),
  ];

  const results = await Promise.allSettled(tasks.map((t) => t()));
  const stop = once(async () => {
    const ts = Date.now();
    const names = started.map((p) => p.name);
    await Promise.all(started.map((p) => p.stop()));
    if (names.length > 0) log(`stopped ${names.join(', ')} in ${seconds(ts)}`);
  });
  const failures = results
    .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    .map((r) => errorMessage(r.reason));
  if (failures.length > 0) {
    await stop();
    throw new Error(`the stack did not start:\n- ${failures.join('\n- ')}`);
  }
  log(`stack ready in ${seconds(t0)} (data in ${opts.dataDir})`);
  const restart = async (name: ServiceName): Promise<ServiceProcess> => {
    const before = processes[name];
    if (!before) throw new Error(`restart: ${name} was not started by this stack`);
    await before.stop();
    started.splice(started.indexOf(before), 1);
    return keep(name)(await starters[name]());
  };
  return { env, stop, processes, restart };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
