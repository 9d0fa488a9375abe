import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.ts';

export type { PrismaClient };
export type { Prisma } from '../../generated/prisma/client.ts';

/**
 * A Prisma client over node-postgres (no native engine), one pool per process. Its sessions
 * check every second that the client is still there while a statement runs
 * (`client_connection_check_interval`): a statement of a killed process (e.g. a worker killed
 * mid-activity) is cancelled and rolled back at once instead of committing later, after the
 * activity's retry has already started on another worker.
 */
export function createPrisma(databaseUrl: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: poolSize, options: '-c client_connection_check_interval=1000' });
  return new PrismaClient({ adapter });
}

/** The transaction client handed to callbacks of `prisma.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];
