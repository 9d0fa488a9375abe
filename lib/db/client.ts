import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../../generated/prisma/client.ts';
import type { DependencyMonitor } from '../dependencies.ts';

export type { PrismaClient };

/** The node-postgres pool under each client made by `createPrisma` (see `hotQuery`), and its monitor if any. */
const pools = new WeakMap<object, { pool: pg.Pool; monitor?: DependencyMonitor }>();

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type AdapterTransaction = Awaited<ReturnType<Adapter['startTransaction']>>;

/**
 * A Prisma client over node-postgres (no native engine), one pool per process. The pool is
 * created here and handed to the adapter, so `hotQuery` can send single statements through it
 * without Prisma's per-query work; `$disconnect()` still ends it. Its sessions check every
 * second that the client is still there while a statement runs
 * (`client_connection_check_interval`): a statement of a killed process (e.g. a worker killed
 * mid-activity) is cancelled and rolled back at once instead of committing later, after the
 * activity's retry has already started on another worker.
 *
 * With a monitor (the API), PostgreSQL that stops answering cannot hold requests: while the
 * monitor counts it down, every query fails at once with DependencyUnavailableError; the
 * moment it goes down, the queries and transactions waiting on it are rejected and every
 * pooled connection is severed. Severing is what makes abandoning safe: a transaction cut
 * loose never reaches COMMIT on a connection someone else reuses; the server rolls it back
 * when it reads the closed socket (a COMMIT already sent may still land: the caller was told
 * the outcome is unknown).
 */
export function createPrisma(databaseUrl: string, poolSize = 10, opts: { monitor?: DependencyMonitor } = {}): PrismaClient {
  // No connection timeout: a wait for a free connection under load is legitimate, and the
  // monitor tells a busy pool from a silent server.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, options: '-c client_connection_check_interval=1000' });
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  const monitor = opts.monitor;
  if (!monitor) {
    const client = new PrismaClient({ adapter: factory });
    pools.set(client, { pool });
    return client;
  }
  monitor.onDown('postgres', () => severAll(pool));
  const guarded = passThrough(factory, { connect: async () => guardAdapter(await factory.connect(), monitor) });
  const client = new PrismaClient({ adapter: guarded });
  pools.set(client, { pool, monitor });
  return client;
}

/**
 * Destroys the socket of every connection of the pool, idle, busy or still connecting: their
 * queries fail now instead of when the server wakes up, and the pool drops them. pg-pool keeps
 * them in `_clients` and severs a timed-out connection the same way itself.
 */
function severAll(pool: pg.Pool): void {
  const clients = (pool as unknown as { _clients?: { connection?: { stream?: { destroy(): void } } }[] })._clients ?? [];
  for (const client of clients) client.connection?.stream?.destroy();
}

function guardAdapter(adapter: Adapter, monitor: DependencyMonitor): Adapter {
  const guard = <T>(work: () => Promise<T>): Promise<T> => monitor.guard('postgres', work);
  const overrides: Partial<Adapter> = {
    queryRaw: (query) => guard(() => adapter.queryRaw(query)),
    executeRaw: (query) => guard(() => adapter.executeRaw(query)),
    executeScript: (script) => guard(() => adapter.executeScript(script)),
    startTransaction: async (isolationLevel) => {
      monitor.check('postgres');
      const started = adapter.startTransaction(isolationLevel);
      let tx: AdapterTransaction;
      try {
        tx = await guard(() => started);
      } catch (err) {
        // Cut loose while opening: if the transaction opens after all, end it and hand its connection back.
        started.then(
          (late) => void late.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] }).catch(() => undefined).finally(() => void late.rollback().catch(() => undefined)),
          () => undefined,
        );
        throw err;
      }
      return guardTransaction(tx, monitor);
    },
  };
  return passThrough(adapter, overrides);
}

function guardTransaction(tx: AdapterTransaction, monitor: DependencyMonitor): AdapterTransaction {
  const guard = <T>(work: () => Promise<T>): Promise<T> => monitor.guard('postgres', work);
  return passThrough(tx, {
    queryRaw: (query) => guard(() => tx.queryRaw(query)),
    executeRaw: (query) => guard(() => tx.executeRaw(query)),
  });
}

/** The target with some members replaced; every other member is the target's own, bound to it. */
function passThrough<T extends object>(target: T, overrides: Partial<T>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof T];
      const value = Reflect.get(t, prop, t) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
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
    const send = () => pool.pool.query(text, values.map((v) => (v === undefined ? null : v)));
    // One statement, committed on its own: safe to cut loose (its outcome is then unknown, never half done).
    const result = pool.monitor ? await pool.monitor.guard('postgres', send) : await send();
    return result.rows as T[];
  };
}
