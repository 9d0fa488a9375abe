// `node --import tsx bench/admin-stats.ts`: what the operator dashboard costs. Against its own
// PostgreSQL and Redis with 100,000 players and 200,000 purchases, measures getStats (the
// service behind GET /api/admin/stats: database figures cached in Redis for 5 s) and, in the
// same run, the uncached computation a cache miss does (the baseline); prints both with p95
// and writes the "admin-stats" section of docs/benchmarks.md. Target: p95 <= 25 ms.
//
// BENCH_PLAYERS (default 100000), BENCH_PURCHASES (default 200000), BENCH_OPS (default 150000: enough
// for the served run to span several 5 s freshness periods, so background recomputations fall inside it).
import pg from 'pg';
import { createPrisma } from '../lib/db/client.ts';
import { createRedis } from '../lib/redis.ts';
import { computeStoredStats, getStats } from '../services/admin/get-stats.ts';
import { seedCatalog } from '../services/shop/seed-catalog.ts';
import { fmt, log, machineInfo, machineLine, percentile, requireClean, runConcurrent, startBenchStack, startWatchdog, summarize, summaryTable, writeDocSection, type RunResult } from './lib.ts';

const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 100_000);
const PURCHASES = Number(process.env.BENCH_PURCHASES ?? 200_000);
const OPS = Number(process.env.BENCH_OPS ?? 150_000);
const CONCURRENCY = 4;
const BUDGET_MS = 240_000;
const TARGET_P95_MS = 25;

const stack = await startBenchStack();
const prisma = createPrisma(stack.env.DATABASE_URL, 8);
const redis = createRedis(stack.env.REDIS_URL);
const pool = new pg.Pool({ connectionString: stack.env.DATABASE_URL, max: 2 });
pool.on('error', (err) => log(`idle database connection: ${err.message}`));

async function cleanUp(): Promise<void> {
  await Promise.allSettled([prisma.$disconnect(), pool.end(), redis.quit()]);
  await stack.stop();
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
const watchdog = startWatchdog(BUDGET_MS + 300_000, cleanUp);
const check = (r: RunResult): RunResult => requireClean(r, BUDGET_MS);
const http = { requests_5m: 0, error_rate_5m: 0, p95_seconds_10m: null };

try {
  await seedCatalog(prisma);
  const t0 = Date.now();
  await pool.query(
    `INSERT INTO users (login_id, nickname, password_hash, created_at, last_seen_at)
     SELECT 'stats_' || g, 'Stats ' || g, 'x', now() - (g % 400) * interval '1 day', now() - (g % 10000) * interval '1 minute'
     FROM generate_series(1, $1::int) g`,
    [PLAYERS],
  );
  // Purchases spread over 400 days: 94% success, 5% failed, 1% pending; a few from today.
  await pool.query(
    `WITH u AS (SELECT id, row_number() OVER () AS n FROM users)
     INSERT INTO purchases (receipt_code, user_id, product_id, idempotency_key, request_hash, gold, amount_cents, currency, status, workflow_id, created_at, completed_at)
     SELECT 'B' || g, u.id, 1001 + (g % 3), 'k' || g, 'h', 1000, 99 + (g % 3) * 400, 'USD',
            (CASE WHEN g % 100 = 0 THEN 'pending' WHEN g % 20 = 1 THEN 'failed' ELSE 'success' END)::purchase_status,
            'purchase:B' || g, now() - (g % 400) * interval '1 day' - (g % 1440) * interval '1 minute', now() - (g % 400) * interval '1 day'
     FROM generate_series(1, $1::int) g JOIN u ON u.n = 1 + (g % $2::int)`,
    [PURCHASES, PLAYERS],
  );
  await pool.query('ANALYZE');
  log(`${fmt.int(PLAYERS)} players and ${fmt.int(PURCHASES)} purchases loaded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const machine = await machineInfo(stack.env.DATABASE_URL);
  const deadline = Date.now() + BUDGET_MS;

  // Warm-up of both paths (plans, connections, caches); not counted.
  check(await runConcurrent({ name: 'warm-up', total: 50, concurrency: CONCURRENCY, deadline, op: () => computeStoredStats({ prisma, redis }) }));
  const baseline = check(await runConcurrent({ name: 'uncached: the statement a cache miss runs (baseline)', total: Math.min(OPS, 300), concurrency: CONCURRENCY, deadline, op: () => computeStoredStats({ prisma, redis }) }));
  // A cold cache first, as after a deploy: the first reader computes.
  await redis.del('admin:stats:v2');
  const computations = new Set<string>();
  const servedStart = Date.now();
  const served = check(
    await runConcurrent({
      name: '`getStats` as served (fresh 5 s, then stale-while-revalidate)',
      total: OPS,
      concurrency: CONCURRENCY,
      deadline,
      op: async () => computations.add((await getStats({ prisma, redis }, http)).computed_at),
    }),
  );
  const servedSeconds = (Date.now() - servedStart) / 1000;
  clearTimeout(watchdog);

  const p95 = (r: RunResult) => percentile(r.latenciesMs, 95);
  const rows = [summarize(baseline), summarize(served)];
  const table = summaryTable(rows);
  const p95Table = `| path | p95 ms |\n| --- | ---: |\n| ${baseline.name} | ${fmt.ms(p95(baseline))} |\n| ${served.name} | ${fmt.ms(p95(served))} |`;
  const verdict = p95(served) <= TARGET_P95_MS ? `meets the target (p95 <= ${TARGET_P95_MS} ms)` : `MISSES the target (p95 <= ${TARGET_P95_MS} ms)`;
  const recomputed = `The served run lasted ${servedSeconds.toFixed(1)} s and its answers carried ${computations.size} distinct computations (the first on a cold cache, the rest in the background after each 5 s).`;
  process.stdout.write(`\n${machineLine(machine)}\n\n${table}\n\n${p95Table}\n\nserved: ${verdict}\n${recomputed}\n\n`);
  await writeDocSection(
    'admin-stats',
    `## Operator dashboard: \`GET /api/admin/stats\`

Command: \`node --import tsx bench/admin-stats.ts\` (\`BENCH_PLAYERS\`, \`BENCH_PURCHASES\`, \`BENCH_OPS\`).

Machine: ${machineLine(machine)}.

Workload: ${fmt.int(PLAYERS)} players and ${fmt.int(PURCHASES)} purchases (94% success, 5% failed, 1% pending,
spread over 400 days), ${CONCURRENCY} requests in flight, measured on the service the route calls
(\`services/admin/get-stats.ts\`), so HTTP parsing is not in the figures. The baseline is the
uncached computation (one statement of seven sub-selects, one Redis MULTI for "online now" and
two for the alert bookkeeping; Temporal's task-queue description is left out here), run in the
same process just before.

${table}

${p95Table}

As served it ${verdict}. ${recomputed} Figures older than 5 s are answered at once while one
caller recomputes them behind (stale-while-revalidate, at most 2 minutes old), so no reader but
the first after a cold start waits for the statement. Why a short cache and not aggregates maintained on write: the
figures are read by a handful of operators, every few seconds, while the purchases and signups
they count are the hot write paths (owned by the purchase workflow's activities); a counter
row updated by every purchase would add a write (and a hot row) to each of them to save work
on a read that is cheap when cached. The cost of a miss grows with the data (the revenue sums
scan the successful purchases), but at most one caller computes it per 5 s (a Redis lock), in
the background, so it stays off the dashboard's p95. It is still a scan of the successful
purchases every 5 s while someone watches: when that baseline grows past about a second (a few
million purchases), maintain daily revenue rows on write instead.
`,
  );
  log('docs/benchmarks.md updated (section "admin-stats")');
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
