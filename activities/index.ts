import type { Config } from '../lib/config.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import type { Logger } from '../lib/logger.ts';
import type { Redis } from '../lib/redis.ts';
import { createWiringActivities } from './wiring.ts';

/** Everything activities may touch. Tests pass fakes only for parties outside the product. */
export interface ActivityDeps {
  prisma: PrismaClient;
  redis: Redis;
  config: Config;
  log: Logger;
}

/** Builds every activity the worker registers. Workflows `import type` the result. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createWiringActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
