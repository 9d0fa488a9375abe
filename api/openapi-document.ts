import { parseConfig } from '../lib/config.ts';
import { createLogger } from '../lib/logger.ts';
import { createApp } from './app.ts';
import type { ApiDeps } from './deps.ts';
import { createMetrics } from './http/metrics.ts';
import { API_INFO } from './http/openapi.ts';

/** A dependency that is not there: building the routes must not touch it. */
function absent(name: string): never {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        throw new Error(`building the OpenAPI document touched deps.${name}.${String(prop)}: route factories must not call dependencies`);
      },
    },
  ) as never;
}

/**
 * The API's OpenAPI document, built offline: the real routers over placeholder
 * dependencies (no database, Redis, Kafka or Temporal), with the default configuration.
 * This is what `/openapi.json` serves for a default-configured API, and what the web's
 * generated types (web/src/lib/api/schema.d.ts) come from.
 */
export function buildApiDocument(): Record<string, unknown> {
  const config = parseConfig({
    NODE_ENV: 'production',
    DATABASE_URL: 'postgresql://offline/openapi',
    REDIS_URL: 'redis://offline',
    KAFKA_BROKERS: 'offline:9092',
    JWT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY----- offline -----END PRIVATE KEY-----',
  });
  const deps: ApiDeps = {
    config,
    log: createLogger('openapi', 'silent'),
    metrics: createMetrics(),
    prisma: absent('prisma'),
    redis: absent('redis'),
    temporal: absent('temporal'),
    kafkaAdmin: absent('kafkaAdmin'),
    tokens: absent('tokens'),
    realtime: absent('realtime'),
    dependencies: absent('dependencies'),
  };
  return createApp(deps).registry.document(API_INFO);
}
