// Shared by the benchmarks in bench/: a throwaway stack, a bounded concurrent runner with
// latency percentiles, the facts about the machine, and the writer of their section in
// docs/benchmarks.md. Each benchmark is one script (`node --import tsx bench/<name>.ts`) that
// owns one section of that file.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { generateSigningKey } from '../lib/auth/keys.ts';
import { parseConfig, type Config } from '../lib/config.ts';
import { migrate } from '../lib/db/migrate.ts';
import { TEST_PORTS, startStack, type StackEnv, type StackPorts } from '../scripts/services/index.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const BENCHMARKS_DOC = path.join(ROOT, 'docs', 'benchmarks.md');

/**
 * Benchmarks run on the test ports shifted by this much, so they never meet `npm test`
 * (whose concurrent runs shift upwards with CASINO_TEST_PORT_OFFSET) or `npm start`.
 * Downwards because +5000 would put Redis (test port 64799) past 65535.
 */
export const BENCH_PORT_OFFSET = -5000;

export const log = (line: string): void => {
  process.stdout.write(`[bench] ${line}\n`);
};

export interface BenchStack {
  env: StackEnv;
  /** Stops the services and deletes the data folder. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Brings up the same stack as test/global-setup.ts (startStack on a fresh temporary data
 * folder, migrated), on TEST_PORTS + BENCH_PORT_OFFSET (+ CASINO_BENCH_PORT_OFFSET, for two
 * benchmark runs on one machine). Unlike the tests it ignores DATABASE_URL and friends in the
 * environment: a benchmark writes thousands of rows and must never do so in a real database.
 */
export async function startBenchStack(): Promise<BenchStack> {
  const offset = BENCH_PORT_OFFSET + Number(process.env.CASINO_BENCH_PORT_OFFSET ?? 0);
  const ports = Object.fromEntries(Object.entries(TEST_PORTS).map(([k, v]) => [k, v + offset])) as unknown as StackPorts;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'casino-bench-'));
  const stack = await startStack({ dataDir, ports, log: (line) => log(`stack: ${line}`), env: {} }).catch(async (err: unknown) => {
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  });
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      await stack.stop();
      await rm(dataDir, { recursive: true, force: true });
    })());
  try {
    await migrate(stack.env.DATABASE_URL, (line) => log(`migrate: ${line}`));
  } catch (err) {
    await stop();
    throw err;
  }
  return { env: stack.env, stop };
}

/**
 * The configuration a benchmark's in-process API and worker run with: the stack's addresses, a
 * fresh signing key and task queue, silent logs, a pool of 20, then the benchmark's own settings.
 */
export function benchConfig(stack: BenchStack, overrides: Record<string, string> = {}): Config {
  return parseConfig({
    ...stack.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_PRIVATE_KEY: generateSigningKey(),
    TEMPORAL_TASK_QUEUE: `bench-${randomUUID()}`,
    DATABASE_POOL_SIZE: '20',
    ...overrides,
  });
}

export interface RunResult {
  name: string;
  /** Operations that completed without error. */
  ops: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  /** Latencies of the successful operations, ascending. */
  latenciesMs: Float64Array;
  /** True when the deadline, not the operation count, ended the run. */
  cutShort: boolean;
  /** CPU time this process (the client: driver, ORM, tsx) spent during the run, user + system. */
  clientCpuMs: number;
}

/**
 * Runs op(0..total-1) with `concurrency` operations in flight, each timed on its own. Stops
 * starting new operations at `deadline` (epoch ms), so a slow run is cut short, not endless.
 */
export async function runConcurrent(opts: {
  name: string;
  total: number;
  concurrency: number;
  deadline: number;
  op: (i: number) => Promise<unknown>;
}): Promise<RunResult> {
  const latencies = new Float64Array(opts.total);
  let next = 0;
  let ops = 0;
  let errors = 0;
  let firstError: string | undefined;
  let cutShort = false;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const lane = async () => {
    while (next < opts.total) {
      if (Date.now() >= opts.deadline) {
        cutShort = true;
        return;
      }
      const i = next++;
      const t0 = performance.now();
      try {
        await opts.op(i);
        latencies[ops++] = performance.now() - t0;
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, lane));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const clientCpuMs = (cpu.user + cpu.system) / 1000;
  return { name: opts.name, ops, errors, firstError, elapsedMs, latenciesMs: latencies.slice(0, ops).sort(), cutShort, clientCpuMs };
}

/** Nearest-rank percentile (p in 0..100) of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export interface Summary {
  name: string;
  ops: number;
  opsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Client CPU per operation: how much of the cost is on our side of the connection. */
  clientCpuMsPerOp: number;
}

export function summarize(r: RunResult): Summary {
  return {
    name: r.name,
    ops: r.ops,
    opsPerSecond: r.ops / (r.elapsedMs / 1000),
    p50Ms: percentile(r.latenciesMs, 50),
    p99Ms: percentile(r.latenciesMs, 99),
    clientCpuMsPerOp: r.clientCpuMs / Math.max(1, r.ops + r.errors),
  };
}

export const fmt = {
  int: (n: number) => Math.round(n).toLocaleString('en-US'),
  ms: (n: number) => n.toFixed(2),
  ratio: (n: number) => n.toFixed(1),
};

/** A Markdown table of summaries: path, operations, ops/s, p50 and p99 in ms, client CPU per operation. */
export function summaryTable(rows: Summary[]): string {
  return [
    '| path | operations | ops/s | p50 ms | p99 ms | client CPU ms/op |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((s) => `| ${s.name} | ${fmt.int(s.ops)} | ${fmt.int(s.opsPerSecond)} | ${fmt.ms(s.p50Ms)} | ${fmt.ms(s.p99Ms)} | ${fmt.ms(s.clientCpuMsPerOp)} |`),
  ].join('\n');
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  postgres: string;
  date: string;
  /** 1-minute load average when measured: other work on the machine moves the figures. */
  loadAverage: number;
}

/** What a figure depends on: cores (nproc), memory, OS, Node and the PostgreSQL server's version. */
export async function machineInfo(databaseUrl: string): Promise<MachineInfo> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    return {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      postgres: rows[0]!.server_version,
      date: new Date().toISOString().slice(0, 10),
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    await client.end();
  }
}

export function machineLine(m: MachineInfo): string {
  return `${m.cpus} CPUs (nproc; ${m.cpuModel}), ${m.memoryGiB} GiB memory, ${m.os}, Node ${m.node}, PostgreSQL ${m.postgres}; measured ${m.date} (1-min load average ${m.loadAverage.toFixed(1)} before the run)`;
}

const DOC_HEADER = `# Benchmarks

Each section is written by the script it names (\`node --import tsx bench/<name>.ts\`), which
brings up its own throwaway stack, measures, prints the figures and replaces its section here.
Run a script again to refresh its figures; edit the text in the script, not here.
`;

/**
 * Replaces the section \`id\` of docs/benchmarks.md (between its two marker comments), or
 * appends it; creates the file when missing. Other sections are left as they are.
 */
export async function writeDocSection(id: string, markdown: string): Promise<void> {
  const start = `<!-- bench:${id}:start -->`;
  const end = `<!-- bench:${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const doc = existsSync(BENCHMARKS_DOC) ? await readFile(BENCHMARKS_DOC, 'utf8') : DOC_HEADER;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const updated = from >= 0 && to > from ? doc.slice(0, from) + block + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  await writeFile(BENCHMARKS_DOC, updated);
}

/**
 * Whatever hangs, a benchmark ends: runs `cleanUp` and exits 2 a little after its budget.
 * Returns the timer, to clear once the measurements are done.
 */
export function startWatchdog(budgetMs: number, cleanUp: () => Promise<void>): NodeJS.Timeout {
  return setTimeout(() => {
    log(`still running ${budgetMs / 1000 + 15} s after the start of the measurements: stopping`);
    void cleanUp().finally(() => process.exit(2));
  }, budgetMs + 15_000);
}

/** A run with failed operations measures nothing: stop there. A run cut short is said so. */
export function requireClean(r: RunResult, budgetMs: number): RunResult {
  if (r.errors > 0) throw new Error(`${r.name}: ${r.errors} operations failed, the first with: ${r.firstError}`);
  if (r.cutShort) log(`${r.name}: cut short by the ${budgetMs / 1000} s budget after ${r.ops} operations`);
  return r;
}

/**
 * The ledger's invariants over the whole database, checked after every benchmark run: no
 * balance below zero, every balance equal to the sum of its entries, and every entry's
 * balance_after equal to the running sum up to it. Throws naming the first broken one.
 */
export async function assertLedgerInvariants(databaseUrl: string, opts: { excludeLoginPrefix?: string } = {}): Promise<void> {
  // A baseline that moves balances without the ledger (a bare UPDATE) runs on its own users, left out here.
  const exclude = opts.excludeLoginPrefix ? `AND u.login_id NOT LIKE '${opts.excludeLoginPrefix.replace(/[^a-z_]/g, '')}%'` : '';
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const negative = await client.query<{ n: string }>('SELECT count(*) AS n FROM users WHERE gold_balance < 0');

    if (Number(negative.rows[0]!.n) !== 0) throw new Error(`${negative.rows[0]!.n} balances below zero`);
    const drift = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT u.id FROM users u LEFT JOIN ledger_entries l ON l.user_id = u.id
       WHERE true ${exclude} GROUP BY u.id HAVING u.gold_balance <> COALESCE(SUM(l.delta), 0)) t`,
    );
    if (Number(drift.rows[0]!.n) !== 0) throw new Error(`${drift.rows[0]!.n} balances differ from the sum of their ledger entries`);
    const running = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT balance_after, SUM(delta) OVER (PARTITION BY user_id ORDER BY id) AS s FROM ledger_entries) t WHERE balance_after <> s`,
    );
    if (Number(running.rows[0]!.n) !== 0) throw new Error(`${running.rows[0]!.n} entries whose balance_after is not the running sum`);
    log('invariants hold: no negative balance, every balance = sum of its entries, every balance_after = running sum');
  } finally {
    await client.end();
  }
}
