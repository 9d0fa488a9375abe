// A limited drop: 1,000 hold attempts by 1,000 players on a stock of 100, 50 in flight, through
// the real path (HTTP → placeHold → update-with-start → LimitedHoldWorkflow → reservation), next
// to the same attempts on a second package whose reservation runs inline in an API handler (no
// Temporal), in one run; then the invariants. Holds last 10 minutes here, so none expires during
// the run and every unit is held at most once.
// Run: node --import tsx bench/limited.ts   (bounded: the measurements stop after 7 minutes)
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSession } from '../services/accounts/create-session.ts';
import { reserveLimitedUnit } from '../services/limited/reserve-limited-unit.ts';
import { saleRefusal } from '../services/limited/rules.ts';
import { startTestApi, startTestWorker } from '../test/support/harness.ts';
import { assertInvariants } from './invariants.ts';
import { installSdkMetrics, sdkBreakdownTable } from './temporal-metrics.ts';
import { fmt, log, machineInfo, machineLine, percentile, startBenchStack, startWatchdog, writeDocSection, benchConfig } from './lib.ts';

const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 1_000);
const STOCK = Number(process.env.BENCH_STOCK ?? 100);
const IN_FLIGHT = 50;
const SPREAD_TARGET_MS = 5_000;
const BUDGET_MS = 420_000;

process.env.CASINO_BENCH_PORT_OFFSET ??= '-300';
const sdkMetrics = await installSdkMetrics();
const stack = await startBenchStack();
const config = benchConfig(stack, {
  LIMITED_HOLD_TTL_SECONDS: '600',
});
const api = await startTestApi(config);
const worker = await startTestWorker(config);
const { prisma } = api.deps;
const cleanUp = async () => {
  await worker.stop().catch(() => undefined);
  await api.close().catch(() => undefined);
  await stack.stop();
};
let watchdog: NodeJS.Timeout | undefined;

// The baseline: the same cheap checks and the same reservation transaction, inline in a handler.
const inline = express();
inline.post('/inline-hold/:code/:userId', async (req, res) => {
  const { code, userId } = req.params;
  const pkg = await prisma.limitedPackage.findUniqueOrThrow({ where: { code } });
  const refusal = saleRefusal(pkg, new Date()) ?? (pkg.stockLeft <= 0 ? 'OUT_OF_STOCK' : null);
  if (refusal) return void res.status(200).json({ success: false, reason: refusal });
  const r = await reserveLimitedUnit(prisma, { holdId: randomUUID(), userId, packageCode: code, ttlMs: 600_000 });
  res.status(r.success ? 201 : 200).json(r.success ? { success: true, hold_id: r.holdId } : r);
});
const inlineServer = inline.listen(0, '127.0.0.1');
await new Promise<void>((r) => inlineServer.once('listening', () => r()));
const inlineUrl = `http://127.0.0.1:${(inlineServer.address() as AddressInfo).port}`;

/** Players straight into the database (no password hashing: 1,000 signups would dominate the run), one session each. */
async function makePlayers(n: number, role: 'STANDARD' | 'ADMIN' = 'STANDARD'): Promise<{ id: string; auth: string }[]> {
  const tag = randomUUID().slice(0, 6);
  const rows = await prisma.user.createManyAndReturn({
    data: Array.from({ length: n }, (_, i) => ({ loginId: `d_${tag}_${i}`, nickname: `Drop ${tag} ${i}`, passwordHash: 'bench: no login', role })),
    select: { id: true, role: true },
  });
  const out: { id: string; auth: string }[] = new Array(rows.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < rows.length) {
        const i = next++;
        out[i] = { id: rows[i]!.id, auth: `Bearer ${(await createSession(api.deps, rows[i]!, {})).access_token}` };
      }
    }),
  );
  return out;
}

interface DropRun {
  name: string;
  answers: { status: number; reason?: string; sentAt: number; answeredAt: number }[];
  startedAt: number;
  errors: number;
  firstError?: string;
}

/** Every player tries once, `IN_FLIGHT` at a time, in a fresh order. */
async function drop(name: string, attempt: (playerIndex: number) => Promise<Response>): Promise<DropRun> {
  const order = Array.from({ length: PLAYERS }, (_, i) => i).sort(() => Math.random() - 0.5);
  const run: DropRun = { name, answers: [], startedAt: performance.now(), errors: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < order.length) {
        const who = order[next++]!;
        const sentAt = performance.now();
        try {
          const res = await attempt(who);
          const body = (await res.json()) as { success?: boolean; reason?: string };
          if (res.status !== 201 && !(res.status === 200 && body.success === false)) throw new Error(`answered ${res.status} ${JSON.stringify(body)}`);
          run.answers.push({ status: res.status, ...(body.reason ? { reason: body.reason } : {}), sentAt, answeredAt: performance.now() });
        } catch (err) {
          run.errors++;
          run.firstError ??= (err as Error).message;
        }
      }
    }),
  );
  return run;
}

function summarizeDrop(r: DropRun) {
  const latencies = Float64Array.from(r.answers.map((a) => a.answeredAt - a.sentAt)).sort();
  const answeredAt = r.answers.map((a) => a.answeredAt);
  const first = Math.min(...answeredAt);
  const last = Math.max(...answeredAt);
  const holds = r.answers.filter((a) => a.status === 201).length;
  const refusals = r.answers.filter((a) => a.status === 200);
  return {
    holds,
    outOfStock: refusals.filter((a) => a.reason === 'OUT_OF_STOCK').length,
    otherRefusals: refusals.filter((a) => a.reason !== 'OUT_OF_STOCK').length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    spreadMs: last - first,
    totalMs: last - r.startedAt,
  };
}

try {
  const machine = await machineInfo(config.DATABASE_URL);
  log(`creating ${PLAYERS} players`);
  const [admin] = await makePlayers(1, 'ADMIN');
  const players = await makePlayers(PLAYERS);
  const createPackage = async (code: string) => {
    const res = await fetch(`${api.baseUrl}/api/admin/limited/packages/${code}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: admin!.auth },
      body: JSON.stringify({ name: `Drop ${code}`, gold: 6_000, price_cents: 499, stock_total: STOCK, per_user_limit: 1 }),
    });
    if (res.status !== 201) throw new Error(`package ${code}: ${res.status} ${await res.text()}`);
  };
  const tag = randomUUID().slice(0, 6).toUpperCase();
  const warm = `WARM-${tag}`;
  const viaTemporal = `DROP-${tag}`;
  const viaInline = `INLINE-${tag}`;
  for (const code of [warm, viaTemporal, viaInline]) await createPackage(code);

  // The budget covers the measurements, not the setup (sessions for 1,000 players take a while on a loaded machine).
  watchdog = startWatchdog(BUDGET_MS, cleanUp);
  log('warming up (50 attempts on another package)');
  const extra = await makePlayers(IN_FLIGHT);
  await Promise.all(extra.map((p) => fetch(`${api.baseUrl}/api/shop/limited/${warm}/holds`, { method: 'POST', headers: { authorization: p.auth } }).then((r) => r.text())));

  log(`${PLAYERS} attempts on a stock of ${STOCK}, ${IN_FLIGHT} in flight, through Temporal`);
  const countHolds = async () => (await api.deps.temporal.workflow.count(`WorkflowType = 'limitedHoldWorkflow' AND HoldPackage = '${viaTemporal}'`)).count;
  const before = await sdkMetrics.snapshot();
  const temporalRun = await drop('Temporal (update-with-start → LimitedHoldWorkflow)', (i) =>
    fetch(`${api.baseUrl}/api/shop/limited/${viaTemporal}/holds`, { method: 'POST', headers: { authorization: players[i]!.auth } }),
  );
  const after = await sdkMetrics.snapshot();
  {
    const x = summarizeDrop(temporalRun);
    log(`through Temporal: ${x.holds} holds, ${x.outOfStock} OUT_OF_STOCK, ${temporalRun.errors} errors; p50 ${fmt.ms(x.p50)} ms, p99 ${fmt.ms(x.p99)} ms; spread ${fmt.ms(x.spreadMs)} ms; total ${fmt.ms(x.totalMs)} ms`);
  }
  log(`${PLAYERS} attempts inline`);
  const inlineRun = await drop('inline in an API handler (no Temporal)', (i) => fetch(`${inlineUrl}/inline-hold/${viaInline}/${players[i]!.id}`, { method: 'POST' }));

  // Visibility is eventually consistent: wait until the count settles.
  let workflows = await countHolds();
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const again = await countHolds();
    if (again === workflows) break;
    workflows = again;
  }
  const invariants = await assertInvariants(config.DATABASE_URL);
  const stockLeft = async (code: string) => (await prisma.limitedPackage.findUniqueOrThrow({ where: { code } })).stockLeft;
  const heldRows = await prisma.limitedHold.count({ where: { packageCode: viaTemporal, status: 'held' } });

  const t = summarizeDrop(temporalRun);
  const b = summarizeDrop(inlineRun);
  for (const [r, x] of [[temporalRun, t], [inlineRun, b]] as const) {
    log(
      `${r.name}: ${x.holds} holds, ${x.outOfStock} OUT_OF_STOCK, ${x.otherRefusals} other, ${r.errors} errors; answer p50 ${fmt.ms(x.p50)} ms p99 ${fmt.ms(x.p99)} ms; ` +
        `all answers within ${fmt.ms(x.spreadMs)} ms of the first; total ${fmt.ms(x.totalMs)} ms${r.firstError ? ` (first error: ${r.firstError})` : ''}`,
    );
  }
  log(`hold workflows started: ${workflows} (${PLAYERS - workflows} attempts answered without Temporal); stock left ${await stockLeft(viaTemporal)}, held rows ${heldRows}`);
  log(`breakdown:\n${sdkBreakdownTable(before, after)}`);
  const exact = t.holds === STOCK && heldRows === STOCK && t.outOfStock === PLAYERS - STOCK && temporalRun.errors === 0 && (await stockLeft(viaTemporal)) === 0;
  const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

  await writeDocSection(
    'limited',
    `## Limited drops: ${PLAYERS.toLocaleString('en-US')} hold attempts on a stock of ${STOCK} (\`bench/limited.ts\`)

Command: \`node --import tsx bench/limited.ts\`. Machine: ${machineLine(machine)}. API, worker and the benchmark client share the
machine's ${machine.cpus} cores with PostgreSQL, Redis, Kafka and the Temporal dev server (SQLite).

${PLAYERS.toLocaleString('en-US')} players each try once to hold a unit of a package with a stock of ${STOCK} (limit one per player), ${IN_FLIGHT} attempts
in flight, in random order. The product's path is \`POST /api/shop/limited/:code/holds\`: a read-only
check refuses what is certainly refused (a sold-out package answers \`OUT_OF_STOCK\` there, without
Temporal); otherwise update-with-start of \`LimitedHoldWorkflow\`, whose reservation (conditional stock
decrement, per-player limit) answers the update. The baseline runs the same check and the same
reservation transaction inline in an Express handler, on a second package with the same stock: no
workflow, so nothing would ever return an expired unit.

| target | measured | |
| --- | --- | --- |
| exactly ${STOCK} holds, \`OUT_OF_STOCK\` for the other ${PLAYERS - STOCK}, 0 errors | ${t.holds} holds (${heldRows} rows held, stock left ${await stockLeft(viaTemporal)}), ${t.outOfStock} \`OUT_OF_STOCK\`, ${t.otherRefusals} other refusals, ${temporalRun.errors} errors | ${verdict(exact)} |
| every answer within ${SPREAD_TARGET_MS / 1000} s of the first | ${fmt.ms(t.spreadMs)} ms | ${verdict(t.spreadMs <= SPREAD_TARGET_MS)} |
| once sold out, refusals without Temporal | ${workflows} hold workflows for ${PLAYERS.toLocaleString('en-US')} attempts: ${PLAYERS - workflows} refusals answered before Temporal | |

| path | holds | OUT_OF_STOCK | errors | answer p50 ms | answer p99 ms | first → last answer ms | total ms |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${[[temporalRun, t], [inlineRun, b]].map(([r, x]) => { const run = r as DropRun; const s = x as typeof t; return `| ${run.name} | ${s.holds} | ${s.outOfStock} | ${run.errors} | ${fmt.ms(s.p50)} | ${fmt.ms(s.p99)} | ${fmt.ms(s.spreadMs)} | ${fmt.ms(s.totalMs)} |`; }).join('\n')}

Where the Temporal path's time goes (the worker's SDK metrics over the drop):

${sdkBreakdownTable(before, after)}

${invariants}`,
  );
  log('docs/benchmarks.md updated');
} finally {
  clearTimeout(watchdog);
  inlineServer.close();
  await cleanUp();
}
