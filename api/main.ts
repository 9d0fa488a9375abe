// The API process: validates its configuration, connects to its dependencies, listens,
// and on SIGTERM/SIGINT finishes in-flight requests before closing its pools.
import { crashTickOptions } from '../services/games/crash-ticks.ts';
import type { Server } from 'node:http';
import { Client, Connection } from '@temporalio/client';
import { loadConfigOrExit } from '../lib/config.ts';
import { createPrisma } from '../lib/db/client.ts';
import { createDependencyMonitor } from '../lib/dependency-probes.ts';
import { createKafka } from '../lib/kafka.ts';
import { createLogger } from '../lib/logger.ts';
import { createRedis } from '../lib/redis.ts';
import { temporalInterceptors } from '../lib/temporal-client.ts';
import { createApp } from './app.ts';
import type { ApiDeps } from './deps.ts';
import { tokenServiceFromConfig } from '../lib/auth/tokens.ts';
import { RealtimeHub } from './realtime/hub.ts';
import { createMetrics } from './http/metrics.ts';

const config = loadConfigOrExit();
const log = createLogger('api', config.LOG_LEVEL);

// Requests fail fast (503 dependency_unavailable) instead of waiting on a dependency that stopped answering.
const monitor = createDependencyMonitor(config, log);
const dependencies = monitor.monitor.start();
const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_POOL_SIZE, { monitor: dependencies });
const redis = createRedis(config.REDIS_URL, { monitor: dependencies, commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS });
redis.on('error', (err) => log.warn({ err: err.message }, 'redis error'));
const connection = Connection.lazy({ address: config.TEMPORAL_ADDRESS, interceptors: temporalInterceptors(dependencies) });
const temporal = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
const kafkaAdmin = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-api`, log }).admin();
kafkaAdmin.connect().catch((err: Error) => log.warn({ err: err.message }, 'kafka admin connect failed; readiness will report it'));

const deps: ApiDeps = { config, log, prisma, redis, temporal, kafkaAdmin, metrics: createMetrics(), tokens: await tokenServiceFromConfig(config), realtime: new RealtimeHub(config.REDIS_URL, log), dependencies };
deps.realtime.enableCrashTicks(crashTickOptions(deps));
const { app } = createApp(deps);

const server: Server = app.listen(config.API_PORT, config.API_HOST, () => {
  log.info({ url: `http://${config.API_HOST}:${config.API_PORT}` }, 'api listening');
});
server.on('error', (err) => {
  log.fatal({ err }, 'api could not listen');
  process.exit(1);
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'api stopping: finishing in-flight requests');
  // Event streams would hold close() forever: end them (clients reconnect elsewhere), then idle keep-alives.
  await deps.realtime.close();
  server.closeIdleConnections();
  const force = setTimeout(() => server.closeAllConnections(), 10_000).unref();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  clearTimeout(force);
  await Promise.allSettled([prisma.$disconnect(), redis.quit(), kafkaAdmin.disconnect(), connection.close(), monitor.close()]);
  log.info('api stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
