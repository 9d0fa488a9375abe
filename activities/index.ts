import type { Config } from '../lib/config.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import type { Logger } from '../lib/logger.ts';
import type { PurchaseMetrics } from '../lib/metrics/purchases.ts';
import type { PaymentProvider } from '../lib/payments/provider.ts';
import type { Redis } from '../lib/redis.ts';
import { createEngagementActivities } from './engagement.ts';
import { createGameActivities } from './games.ts';
import { createGrantActivities } from './grants.ts';
import { createLimitedActivities } from './limited.ts';
import { createPurchaseActivities } from './purchase.ts';
import { createSegmentActivities } from './segments.ts';
import { createWiringActivities } from './wiring.ts';

/** Everything activities may touch. Tests pass fakes only for parties outside the product. */
export interface ActivityDeps {
  prisma: PrismaClient;
  redis: Redis;
  config: Config;
  log: Logger;
  /** The payment provider: the one party tests may replace (with the sandbox, which behaves like one). */
  provider: PaymentProvider;
  purchaseMetrics?: PurchaseMetrics;
}

/** Builds every activity the worker registers. Workflows `import type` the result. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createWiringActivities(deps),
    ...createPurchaseActivities(deps),
    ...createGameActivities(deps),
    ...createLimitedActivities(deps),
    ...createSegmentActivities(deps),
    ...createGrantActivities(deps),
    ...createEngagementActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
