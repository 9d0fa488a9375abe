// The Temporal worker process: registers every workflow (prebuilt bundle) and activity,
// runs the outbox relay and the engagement consumer (rounds → event progress). Stops cleanly on SIGTERM/SIGINT.
import { existsSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Runtime, Worker, makeTelemetryFilterString } from '@temporalio/worker';
import { createActivities } from '../activities/index.ts';
import { loadConfigOrExit } from '../lib/config.ts';
import { createPrisma } from '../lib/db/client.ts';
import { createKafka, ensureTopics } from '../lib/kafka.ts';
import { createLogger } from '../lib/logger.ts';
import { OutboxRelay } from '../lib/outbox.ts';
import { createDependencyMonitor } from '../lib/dependency-probes.ts';
import { createRedis } from '../lib/redis.ts';
import { createHttpPaymentProvider } from '../lib/payments/http-provider.ts';
import { createOutboxMetrics } from '../lib/metrics/outbox.ts';
import { createPurchaseMetrics } from '../lib/metrics/purchases.ts';
import { ensureRfmSchedule } from '../services/segments/ensure-rfm-schedule.ts';
import { createDashboardMetrics } from './dashboard-metrics.ts';
import { freeLocalPort, startMetricsServer } from './metrics-server.ts';
import { WORKFLOW_BUNDLE_PATH } from './bundle.ts';
import { EngagementConsumer } from './engagement-consumer.ts';

const config = loadConfigOrExit();
const log = createLogger('worker', config.LOG_LEVEL);

if (!existsSync(WORKFLOW_BUNDLE_PATH)) {
  log.fatal(`workflow bundle missing at ${WORKFLOW_BUNDLE_PATH}; run: npx tsx worker/bundle.ts`);
  process.exit(1);
}

// The SDK's own metrics (Prometheus text on a private local port), served through the worker's
// /metrics endpoint; off with it (WORKER_METRICS_PORT=0).
const sdkMetricsPort = config.WORKER_METRICS_PORT === 0 ? 0 : await freeLocalPort();
Runtime.install({
  logger: {
    log: (level, message, meta) => log[level === 'TRACE' ? 'trace' : (level.toLowerCase() as 'info')]({ temporal: meta }, message),
    trace: (m, meta) => log.trace({ temporal: meta }, m),
    debug: (m, meta) => log.debug({ temporal: meta }, m),
    info: (m, meta) => log.info({ temporal: meta }, m),
    warn: (m, meta) => log.warn({ temporal: meta }, m),
    error: (m, meta) => log.error({ temporal: meta }, m),
  },
  telemetryOptions: {
    logging: { filter: makeTelemetryFilterString({ core: 'WARN' }), forward: {} },
    ...(sdkMetricsPort ? { metrics: { prometheus: { bindAddress: `127.0.0.1:${sdkMetricsPort}`, useSecondsForDurations: true } } } : {}),
  },
});

const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
// Live updates fail open at once while Redis is not answering (docs/failing-dependencies.md).
const redisMonitor = createDependencyMonitor(config, log, ['redis']);
const redis = createRedis(config.REDIS_URL, { monitor: redisMonitor.monitor.start(), commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS });
redis.on('error', (err) => log.warn({ err: err.message }, 'redis error'));
const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-worker`, log });
await ensureTopics(kafka);
const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
await producer.connect();
const relay = new OutboxRelay({ prisma, producer, log, pollMs: config.OUTBOX_POLL_MS, newProducer: () => kafka.producer({ idempotent: true, maxInFlightRequests: 1 }) });
relay.start();

const provider = createHttpPaymentProvider({
  baseUrl: config.PAYMENT_PROVIDER_URL,
  apiKey: config.PAYMENT_PROVIDER_API_KEY,
  timeoutMs: config.PAYMENT_PROVIDER_TIMEOUT_MS,
});
const metrics = await startMetricsServer({
  port: config.WORKER_METRICS_PORT,
  host: config.API_HOST,
  log,
  ...(sdkMetricsPort ? { sdkMetricsUrl: `http://127.0.0.1:${sdkMetricsPort}/metrics` } : {}),
});
const purchaseMetrics = createPurchaseMetrics(metrics.registry, prisma);
createOutboxMetrics(metrics.registry, prisma);
createDashboardMetrics(metrics.registry, { prisma, redis });

const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
const worker = await Worker.create({
  connection,
  namespace: config.TEMPORAL_NAMESPACE,
  taskQueue: config.TEMPORAL_TASK_QUEUE,
  workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH },
  activities: createActivities({ prisma, redis, config, log, provider, purchaseMetrics }),
});

// Rounds → event progress: signals the participation workflows of each round's player.
const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
const temporalClient = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
const engagement = new EngagementConsumer({
  kafka,
  prisma,
  temporal: temporalClient,
  groupId: config.ENGAGEMENT_CONSUMER_GROUP,
  log,
  registry: metrics.registry,
});
await engagement.start();

// The nightly RFM schedule exists (and matches this code) whenever a worker runs.
const schedule = await ensureRfmSchedule(temporalClient, { taskQueue: config.TEMPORAL_TASK_QUEUE, scheduleId: config.RFM_SCHEDULE_ID });
log.info({ created: schedule.created, scheduleId: config.RFM_SCHEDULE_ID }, 'RFM schedule in place');

let stopping = false;
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'worker stopping: draining tasks');
  worker.shutdown();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));

log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, namespace: config.TEMPORAL_NAMESPACE }, 'worker started');
try {
  await worker.run();
} finally {
  await relay.stop();
  await engagement.stop().catch(() => undefined);
  await clientConnection.close().catch(() => undefined);
  await metrics.close();
  await relay.currentProducer.disconnect().catch(() => undefined);
  await connection.close().catch(() => undefined);
  await prisma.$disconnect();
  redis.disconnect();
  await redisMonitor.close();
  log.info('worker stopped');
}
