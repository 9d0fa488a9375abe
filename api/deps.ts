import type { Client } from '@temporalio/client';
import type { Admin } from 'kafkajs';
import type { TokenService } from '../lib/auth/tokens.ts';
import type { Config } from '../lib/config.ts';
import type { DependencyMonitor } from '../lib/dependencies.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import type { Logger } from '../lib/logger.ts';
import type { Redis } from '../lib/redis.ts';
import type { Guards } from './http/auth-guard.ts';
import type { Metrics } from './http/metrics.ts';
import type { OpenApiRegistry } from './http/openapi.ts';
import type { RealtimeHub } from './realtime/hub.ts';

/** Everything the API's routers are built over; main.ts wires the real ones. */
export interface ApiDeps {
  config: Config;
  log: Logger;
  prisma: PrismaClient;
  redis: Redis;
  temporal: Client;
  kafkaAdmin: Admin;
  metrics: Metrics;
  tokens: TokenService;
  realtime: RealtimeHub;
  /** Watches PostgreSQL, Redis and Temporal; the clients above fail fast while one is down. */
  dependencies: DependencyMonitor;
}

/** What each router factory receives. */
export interface RouterContext {
  deps: ApiDeps;
  registry: OpenApiRegistry;
  guards: Guards;
}
