// `node --import tsx bench/events.ts`: how fast a committed round becomes visible event
// progress. 200 players, each joined to 3 events, play slot spins concurrently through the
// API; the real worker (outbox relay → Kafka → the engagement consumer group → signals →
// EventParticipationWorkflow → read model + `event_progress`) turns them into progress.
//
// Measured per (round, participation): from the spin's answer (the round committed) to the
// `event_progress` message that first shows it (published right after the read model commit).
// Baseline in the same run: from the same commit to the round's fact arriving at a bare
// Kafka consumer of its own group (the outbox relay and Kafka alone, no Temporal). The
// consumer lag gauge is sampled every 250 ms. Writes the "events" section of docs/benchmarks.md.
//
// BENCH_PLAYERS (default 200) players, BENCH_SPINS (default 3) spins each; 300 s budget for the
// measurements (set-up not included).
import { randomUUID } from 'node:crypto';
import type { Registry } from 'prom-client';
import { createKafka, TOPICS } from '../lib/kafka.ts';
import { createLogger } from '../lib/logger.ts';
import type { EventEnvelope } from '../lib/outbox.ts';
import { createRedis } from '../lib/redis.ts';
import { startTestApi, startTestWorker } from '../test/support/harness.ts';
import { fmt, log, machineInfo, machineLine, percentile, startBenchStack, startWatchdog, writeDocSection, benchConfig } from './lib.ts';

process.env.CASINO_BENCH_PORT_OFFSET ??= '-400';
const PLAYERS = Number(process.env.BENCH_PLAYERS ?? 200);
const SPINS = Number(process.env.BENCH_SPINS ?? 3);
const EVENTS = 3;
const BUDGET_MS = 300_000;
const OUTBOX_POLL_MS = 100;

const stack = await startBenchStack();
const config = benchConfig(stack, {
  ENGAGEMENT_CONSUMER_GROUP: `bench-engagement-${randomUUID()}`,
  OUTBOX_POLL_MS: String(OUTBOX_POLL_MS),
  GAME_RATE_LIMIT_PER_WINDOW: '100000',
});
const api = await startTestApi(config);
const worker = await startTestWorker(config, { engagement: true });
const quiet = createLogger('bench', 'silent');
const subscriber = createRedis(config.REDIS_URL);
const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'bench-baseline', log: quiet });
const baseline = kafka.consumer({ groupId: `bench-baseline-${randomUUID()}`, maxWaitTimeInMs: 100 });

async function cleanUp(): Promise<void> {
  await Promise.allSettled([baseline.disconnect(), subscriber.quit()]);
  await worker.stop().catch(() => undefined);
  await api.close().catch(() => undefined);
  await stack.stop();
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
let watchdog: NodeJS.Timeout | undefined;

function lagOf(registry: Registry): Promise<number> {
  return registry.getSingleMetric('casino_engagement_consumer_lag')!.get().then((m) => m.values.reduce((a, v) => a + v.value, 0));
}

try {
  const machine = await machineInfo(config.DATABASE_URL);
  const admin = await api.deps.prisma.user.create({ data: { loginId: `bench_admin_${Date.now()}`, nickname: `Bench admin ${Date.now()}`, passwordHash: 'x', role: 'ADMIN' } });
  const adminToken = (await api.deps.tokens.signAccess({ sub: admin.id, role: 'ADMIN', sid: randomUUID() })).token;
  const call = async (token: string, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${api.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const json = (await res.json()) as any;
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };

  const codes: string[] = [];
  for (let i = 0; i < EVENTS; i++) {
    const code = `BENCH-${i}-${randomUUID().slice(0, 6)}`;
    await call(adminToken, 'POST', '/api/admin/events', {
      code,
      title: `Bench ${i}`,
      starts_at: new Date(Date.now() - 60_000).toISOString(),
      ends_at: new Date(Date.now() + 3_600_000).toISOString(),
      requirements: { total_plays: 1_000_000 },
      rewards: { gold: 1 },
    });
    codes.push(code);
  }

  // Players straight into the database (signup's password hashing is not what is measured), a token each.
  const players: { id: string; token: string }[] = [];
  for (let i = 0; i < PLAYERS; i++) {
    const user = await api.deps.prisma.user.create({ data: { loginId: `bench_${i}_${Date.now()}`, nickname: `Bench ${i} ${Date.now()}`, passwordHash: 'x', goldBalance: 1_000_000 } });
    await api.deps.prisma.ledgerEntry.create({ data: { userId: user.id, delta: 1_000_000, reason: 'admin_grant', ref: `bench:${user.id}`, balanceAfter: 1_000_000 } });
    players.push({ id: user.id, token: (await api.deps.tokens.signAccess({ sub: user.id, role: 'STANDARD', sid: randomUUID() })).token });
  }
  const byWorkflow = new Map<string, string>();
  for (const p of players) for (const code of codes) byWorkflow.set((await call(p.token, 'POST', `/api/events/${code}/join`)).participation.workflow_id, p.id);
  log(`${PLAYERS} players joined ${EVENTS} events each (${byWorkflow.size} participation workflows)`);

  // When the k-th round of each player committed, when each workflow first showed k, when Kafka delivered each round.
  const committedAt = new Map<string, number[]>();
  const roundCommit = new Map<string, number>();
  const shownAt = new Map<string, number[]>();
  const kafkaAt = new Map<string, number>();
  await subscriber.psubscribe('rt:user:*');
  subscriber.on('pmessage', (_p: string, _c: string, message: string) => {
    const now = Date.now();
    const m = JSON.parse(message) as { type: string; data: { workflow_id: string; rounds_counted: number } };
    if (m.type !== 'event_progress' || !byWorkflow.has(m.data.workflow_id)) return;
    const seen = shownAt.get(m.data.workflow_id) ?? [];
    for (let k = seen.length; k < m.data.rounds_counted; k++) seen.push(now);
    shownAt.set(m.data.workflow_id, seen);
  });
  await baseline.connect();
  await baseline.subscribe({ topic: TOPICS.games, fromBeginning: false });
  const baselineJoined = new Promise<void>((resolve) => baseline.on(baseline.events.GROUP_JOIN, () => resolve()));
  await baseline.run({
    eachMessage: async ({ message }) => {
      const e = JSON.parse(message.value?.toString() ?? '{}') as EventEnvelope<{ roundId: string }>;
      if (e.type === 'game.round_settled') kafkaAt.set(e.payload.roundId, Date.now());
    },
  });
  await baselineJoined;

  watchdog = startWatchdog(BUDGET_MS, cleanUp);
  let maxLag = 0;
  const sampler = setInterval(() => void lagOf(worker.registry).then((l) => (maxLag = Math.max(maxLag, l))), 250);
  const started = Date.now();
  await Promise.all(
    players.map(async (p) => {
      const times: number[] = [];
      for (let k = 0; k < SPINS; k++) {
        const spin = await call(p.token, 'POST', '/api/games/slots/spin', { bet_amount: 10 });
        const at = Date.now();
        times.push(at);
        roundCommit.set(spin.round_id, at);
      }
      committedAt.set(p.id, times);
    }),
  );
  const playSeconds = (Date.now() - started) / 1000;
  const expected = byWorkflow.size * SPINS;
  const shown = () => [...shownAt.values()].reduce((a, s) => a + s.length, 0);
  while (shown() < expected && Date.now() - started < BUDGET_MS - 10_000) await new Promise((r) => setTimeout(r, 100));
  clearInterval(sampler);
  clearTimeout(watchdog);
  if (shown() < expected) throw new Error(`only ${shown()} of ${expected} round-progress pairs became visible within the budget`);

  const progress: number[] = [];
  for (const [workflowId, userId] of byWorkflow) {
    const commits = committedAt.get(userId)!;
    const seen = shownAt.get(workflowId)!;
    for (let k = 0; k < SPINS; k++) progress.push(Math.max(0, seen[k]! - commits[k]!));
  }
  const kafkaLat = [...roundCommit].map(([id, at]) => Math.max(0, (kafkaAt.get(id) ?? NaN) - at)).filter((n) => !Number.isNaN(n));
  const sort = (a: number[]) => Float64Array.from(a).sort();
  const p = sort(progress);
  const k = sort(kafkaLat);
  const finalLag = await lagOf(worker.registry);
  const rounds = PLAYERS * SPINS;
  const lines = [
    '| path | samples | p50 ms | p99 ms | max ms |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| round commit → \`event_progress\` (full path) | ${fmt.int(p.length)} | ${fmt.ms(percentile(p, 50))} | ${fmt.ms(percentile(p, 99))} | ${fmt.ms(p[p.length - 1]!)} |`,
    `| round commit → Kafka (baseline: relay + broker only) | ${fmt.int(k.length)} | ${fmt.ms(percentile(k, 50))} | ${fmt.ms(percentile(k, 99))} | ${fmt.ms(k[k.length - 1]!)} |`,
  ].join('\n');
  process.stdout.write(`\n${machineLine(machine)}\n\n${lines}\n\nconsumer lag: max ${maxLag}, at the end ${finalLag}; ${fmt.int(rounds)} rounds in ${playSeconds.toFixed(1)} s\n\n`);

  await writeDocSection(
    'events',
    `## Events: round commit → visible progress (\`bench/events.ts\`)

Command: \`node --import tsx bench/events.ts\` (\`BENCH_PLAYERS\`, \`BENCH_SPINS\` change the counts;
the stack runs on the test ports minus 5400).

Machine: ${machineLine(machine)}. API, worker and the benchmark client share the machine's
${machine.cpus} cores with PostgreSQL, Redis, Kafka and the Temporal dev server (SQLite).

Workload: ${fmt.int(PLAYERS)} players, each joined to ${EVENTS} events (${fmt.int(byWorkflow.size)} EventParticipationWorkflows), all playing
at once, each ${SPINS} slot spins one after the other through \`POST /api/games/slots/spin\`:
${fmt.int(rounds)} rounds, ${fmt.int(expected)} (round, participation) pairs, played in ${playSeconds.toFixed(1)} s. Outbox relay poll
${OUTBOX_POLL_MS} ms (it goes again at once while rows wait).

- **Full path**: the spin's answer (the round committed with its outbox row) → relay → Kafka →
  the worker's consumer group (one participation lookup per batch, signals in parallel, offsets
  committed after the signals) → the workflow counts the round → activity writes the read model
  and publishes \`event_progress\`, which the benchmark sees on Redis.
- **Baseline**: the same commit → the round's fact reaching a bare consumer of its own group
  (what any Kafka consumer of rounds pays before doing anything).

${lines}

Consumer lag (\`casino_engagement_consumer_lag\`, summed over partitions, sampled every 250 ms):
max **${fmt.int(maxLag)}** messages, **${fmt.int(finalLag)}** at the end. Goal: p99 ≤ 1 s for the full path
(**${percentile(p, 99) <= 1000 ? 'met' : 'not met'}** in this run).
`,
  );
  log('docs/benchmarks.md updated (section "events")');
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
