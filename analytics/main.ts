// The analytics process: Kafka consumer groups that build the purchase funnel (PostgreSQL)
// and the live community figures (Redis), with consumer lag on its own /metrics endpoint.
import { loadConfigOrExit } from '../lib/config.ts';
import { createPrisma } from '../lib/db/client.ts';
import { createKafka } from '../lib/kafka.ts';
import { createLogger } from '../lib/logger.ts';
import { createRedis } from '../lib/redis.ts';
import { startMetricsServer } from '../worker/metrics-server.ts';
import { startAnalytics } from './start-analytics.ts';

const config = loadConfigOrExit();
const log = createLogger('analytics', config.LOG_LEVEL);
const prisma = createPrisma(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
const redis = createRedis(config.REDIS_URL);
redis.on('error', (err) => log.warn({ err: err.message }, 'redis error'));
const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: `${config.KAFKA_CLIENT_ID}-analytics`, log });
const metrics = await startMetricsServer({ port: config.ANALYTICS_METRICS_PORT, host: config.API_HOST, log, prefix: 'analytics_' });
const analytics = await startAnalytics({ kafka, prisma, redis, log, groupPrefix: config.ANALYTICS_GROUP_PREFIX, registry: metrics.registry });
log.info({ groups: config.ANALYTICS_GROUP_PREFIX }, 'analytics consumers running');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'analytics stopping');
  await analytics.stop();
  await metrics.close();
  await prisma.$disconnect();
  redis.disconnect();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
