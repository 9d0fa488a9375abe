import type { PrismaClient } from '../lib/db/client.ts';
import { createWiringActivities } from './wiring.ts';

/** Everything activities may touch. Tests pass fakes only for parties outside the product. */
export interface ActivityDeps {
  prisma: PrismaClient;
}

/** Builds every activity the worker registers. Workflows `import type` the result. */
export function createActivities(deps: ActivityDeps) {
  return {
    ...createWiringActivities(deps),
  };
}

export type Activities = ReturnType<typeof createActivities>;
