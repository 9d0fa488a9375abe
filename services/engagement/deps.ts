import type { Client } from '@temporalio/client';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Logger } from '../../lib/logger.ts';
import type { Redis } from '../../lib/redis.ts';

/** What the engagement services work over (the API's dependencies fit). */
export interface EngagementDeps {
  prisma: PrismaClient;
  redis: Redis;
  temporal: Client;
  config: Config;
  log?: Logger;
}
