import { spawn as spawnChild, type ChildProcess } from 'node:child_process';
import { crashTickOptions } from '../../services/games/crash-ticks.ts';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { Registry } from 'prom-client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../activities/index.ts';
import { createApp } from '../../api/app.ts';
import type { ApiDeps } from '../../api/deps.ts';
import { tokenServiceFromConfig } from '../../lib/auth/tokens.ts';
import { RealtimeHub } from '../../api/realtime/hub.ts';
import { createMetrics } from '../../api/http/metrics.ts';
import type { Config } from '../../lib/config.ts';
import { createPrisma } from '../../lib/db/client.ts';
import { createDependencyMonitor } from '../../lib/dependency-probes.ts';
import { createKafka } from '../../lib/kafka.ts';
import { createLogger } from '../../lib/logger.ts';
import { OutboxRelay } from '../../lib/outbox.ts';
import { createHttpPaymentProvider } from '../../lib/payments/http-provider.ts';
import type { PaymentProvider } from '../../lib/payments/provider.ts';
import type { PurchaseMetrics } from '../../lib/metrics/purchases.ts';
import { createRedis } from '../../lib/redis.ts';
import { temporalInterceptors } from '../../lib/temporal-client.ts';
import { WORKFLOW_BUNDLE_PATH } from '../../worker/bundle.ts';
import { EngagementConsumer } from '../../worker/engagement-consumer.ts';
import { checkContract, registerContract, unregisterContract } from './contract.ts';
import { configEnv } from './env.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A running API over real dependencies, listening on an ephemeral loopback port. */
export interface TestApi {
  baseUrl: string;
  deps: ApiDeps;
  close(): Promise<void>;
}

/** Builds the real API dependencies for a test file and serves the app on 127.0.0.1:0. */
export async function startTestApi(config: Config): Promise<TestApi> {
  const log = createLogger('api-test', config.LOG_LEVEL);
  const monitor = createDependencyMonitor(config, log);
  const dependencies = monitor.monitor.start();
  const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_POOL_SIZE, { monitor: dependencies });
  const redis = createRedis(config.REDIS_URL, { monitor: dependencies, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS });
  redis.on('error', () => undefined);
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS, interceptors: temporalInterceptors(dependencies) });
  const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  const kafkaAdmin = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'api-test', log }).admin();
  await kafkaAdmin.connect();
  const deps: ApiDeps = { config, log, prisma, redis, temporal, kafkaAdmin, metrics: createMetrics(), tokens: await tokenServiceFromConfig(config), realtime: new RealtimeHub(config.REDIS_URL, log), dependencies };
  deps.realtime.enableCrashTicks(crashTickOptions(deps));
  const { app, registry } = createApp(deps);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  registerContract(baseUrl, registry);
  // Requests still being handled when the test closes the API: their Temporal and database
  // calls must end before the clients close, or a retry timer fires on a closed channel.
  let inflight = 0;
  server.on('request', (_req, res) => {
    inflight++;
    res.once('close', () => inflight--);
  });
  return {
    baseUrl,
    deps,
    async close() {
      unregisterContract(baseUrl);
      await deps.realtime.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const deadline = Date.now() + 10_000; inflight > 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 20));
      server.closeAllConnections();
      await closed;
      await Promise.allSettled([prisma.$disconnect(), redis.quit(), kafkaAdmin.disconnect(), connection.close(), monitor.close()]);
    },
  };
}

/** An in-process worker (the prebuilt bundle, real activities) plus the outbox relay. */
export interface TestWorker {
  worker: Worker;
  /** The engagement consumer's metrics (only with `engagement: true`). */
  registry: Registry;
  stop(): Promise<void>;
}

/** With no provider given, the worker talks to PAYMENT_PROVIDER_URL like the real one does. */
export async function startTestWorker(
  config: Config,
  opts: { provider?: PaymentProvider; purchaseMetrics?: PurchaseMetrics; /** Also run the engagement consumer (rounds → event progress), as the real worker does. */ engagement?: boolean } = {},
): Promise<TestWorker> {
  const log = createLogger('worker-test', config.LOG_LEVEL);
  const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'worker-test', log });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  await producer.connect();
  const relay = new OutboxRelay({ prisma, producer, log, pollMs: config.OUTBOX_POLL_MS, newProducer: () => kafka.producer({ idempotent: true, maxInFlightRequests: 1 }) });
  relay.start();
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  const redisMonitor = createDependencyMonitor(config, log, ['redis']);
  const redis = createRedis(config.REDIS_URL, { monitor: redisMonitor.monitor.start(), commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS });
  redis.on('error', () => undefined);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH },
    activities: createActivities({
      prisma,
      redis,
      config,
      log,
      provider: opts.provider ?? createHttpPaymentProvider({ baseUrl: config.PAYMENT_PROVIDER_URL, apiKey: config.PAYMENT_PROVIDER_API_KEY, timeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS }),
      purchaseMetrics: opts.purchaseMetrics,
    }),
  });
  const running = worker.run();
  const registry = new Registry();
  let engagement: { consumer: EngagementConsumer; connection: Connection } | undefined;
  if (opts.engagement) {
    const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
    const temporal = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
    const consumer = new EngagementConsumer({ kafka, prisma, temporal, groupId: config.ENGAGEMENT_CONSUMER_GROUP, log, registry });
    await consumer.start();
    engagement = { consumer, connection: clientConnection };
  }
  return {
    worker,
    registry,
    async stop() {
      if (engagement) {
        await engagement.consumer.stop();
        await engagement.connection.close();
      }
      worker.shutdown();
      await running;
      await relay.stop();
      await relay.currentProducer.disconnect();
      await connection.close();
      await prisma.$disconnect();
      redis.disconnect();
      await redisMonitor.close();
    },
  };
}

/** An HTTP answer: status, headers and the body parsed as JSON (or the text when it is not JSON). */
export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * fetch against a test API (startTestApi) returning status, headers and parsed JSON body.
 * Every answer is checked against the route's declared responses (test/support/contract.ts):
 * an undeclared status, a body off its schema or an error off the standard shape fails the test.
 */
export async function http(
  baseUrl: string,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<HttpAnswer> {
  const answer = await rawHttp(baseUrl, method, path, opts);
  checkContract(baseUrl, method, path, answer.status, answer.body);
  return answer;
}

/** Like `http()`, without the contract check: for servers other than the API (the payment sandbox). */
export async function rawHttp(
  baseUrl: string,
  method: string,
  path: string,
  opts: { body?: unknown; headers?: Record<string, string>; rawBody?: string } = {},
): Promise<HttpAnswer> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(opts.body !== undefined || opts.rawBody !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    body: opts.rawBody ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, headers: res.headers, body };
}

/**
 * Real worker processes (`worker/main.ts`) for tests that kill one mid-flight: `spawn()`
 * starts one with the test's configuration; `killAll()` SIGKILLs whatever is still running.
 */
export function workerProcesses(config: () => Config) {
  const children: ChildProcess[] = [];
  return {
    /** Starts a worker process; `env` overrides its variables (e.g. a WORKER_METRICS_PORT). */
    spawn(env: Record<string, string> = {}): ChildProcess {
      const child = spawnChild(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
        cwd: ROOT,
        env: { ...process.env, ...configEnv(config()), LOG_LEVEL: 'warn', WORKER_METRICS_PORT: '0', ...env },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      children.push(child);
      return child;
    },
    /** SIGKILLs a worker and waits until it is gone. */
    async kill(child: ChildProcess): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    },
    killAll(): void {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    },
  };
}
