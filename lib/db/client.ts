import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.ts';

export type { PrismaClient };

/** The node-postgres pool under each client made by `createPrisma` (see `hotQuery`). */
const pools = new WeakMap<object, pg.Pool>();

/**
 * A Prisma client over node-postgres (no native engine), one pool per process. The pool is
 * created here and handed to the adapter, so `hotQuery` can send single statements through it
 * without Prisma's per-query work; `$disconnect()` still ends it. Its sessions check every
 * second that the client is still there while a statement runs
 * (`client_connection_check_interval`): a statement of a killed process (e.g. a worker killed
 * mid-activity) is cancelled and rolled back at once instead of committing later, after the
 * activity's retry has already started on another worker.
 */
export function createPrisma(databaseUrl: string, poolSize = 10): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c client_connection_check_interval=1000' });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/** The transaction client handed to callbacks of `prisma.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * One SQL statement on a hot write path: `hotQuery(db)<Row>\`SELECT ...\``, written like
 * `$queryRaw` (a tagged template whose values become parameters). Given a root client from
 * `createPrisma`, it goes straight to the pool: the same single round trip for a fraction of the
 * client CPU of Prisma's raw query (see the ledger section of docs/benchmarks.md). Given a
 * transaction (or any other client), it runs as `$queryRaw` there, so it joins the caller's
 * transaction. Meant for statements whose columns parse the same both ways (JSONB answers, text,
 * int4, booleans, timestamps): node-postgres gives int8 and numeric as strings where Prisma gives
 * bigint and Decimal.
 */
export function hotQuery(db: PrismaClient | Tx) {
  const pool = pools.get(db);
  return async <T>(strings: TemplateStringsArray, ...values: unknown[]): Promise<T[]> => {
    if (!pool) return db.$queryRaw<T[]>(strings, ...values);
    const text = strings.reduce((sql, part, i) => (i === 0 ? part : `${sql}$${i}${part}`), '');
    const result = await pool.query(text, values.map((v) => (v === undefined ? null : v)));
    return result.rows as T[];
  };
}
