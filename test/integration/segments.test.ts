import { execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../lib/config.ts';
import { findTemporal } from '../../scripts/services/tools.ts';
import { seedCatalog } from '../../services/shop/seed-catalog.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { configEnv, testConfig } from '../support/env.ts';
import { http, startTestApi, workerProcesses, type TestApi } from '../support/harness.ts';
import { rfmSingleStatement } from '../../services/segments/rfm-sql.ts';
import { createIsolatedDatabase, generatePlayers, seedPlayers } from '../support/segments.ts';

const run = promisify(execFile);
const GENERATED = 100_000;

describe('nightly RFM segmentation on the rfm-nightly schedule', () => {
  let config: Config;
  let api: TestApi;
  let admin: TestPlayer;
  const workers = workerProcesses(() => config);
  let worker: ChildProcess;

  beforeAll(async () => {
    const databaseUrl = await createIsolatedDatabase('rfm');
    // Batches of 2,000: the 100,000-player run takes 50 batches (two at a time) and
    // continues as new at least once.
    config = testConfig({ DATABASE_URL: databaseUrl, RFM_BATCH_SIZE: '2000' });
    api = await startTestApi(config);
    await seedCatalog(api.deps.prisma);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
    worker = workers.spawn();
  });
  afterAll(async () => {
    workers.killAll();
    await api?.close();
  });

  const trigger = async () => {
    const res = await http(api.baseUrl, 'POST', '/api/admin/segments/runs', { headers: admin.auth, body: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    return res.body as { status: 'started' | 'skipped'; run_id: string; active_run_id: string | null };
  };
  const runs = async () => {
    const res = await http(api.baseUrl, 'GET', '/api/admin/segments/runs?limit=50', { headers: admin.auth });
    expect(res.status).toBe(200);
    return res.body as { items: any[]; schedule: any };
  };
  const runRow = async (id: string) => (await runs()).items.find((r) => r.id === id);
  const waitCompleted = async (id: string) => {
    await expect.poll(async () => (await runRow(id))?.status, { timeout: 180_000, interval: 250 }).toBe('completed');
    return runRow(id);
  };
  const segmentFacts = (runId: string) =>
    api.deps.prisma.$queryRaw<{ n: number; users: number }[]>`
      SELECT count(*)::int AS n, count(DISTINCT key)::int AS users FROM outbox_events
      WHERE type = 'segment.changed' AND payload->>'runId' = ${runId}`.then((r) => r[0]!);

  it('creates the schedule at worker start (rfm-nightly unless configured): 02:00 UTC, overlap skip, catch-up 1 h, listed by the temporal CLI', async () => {
    expect(parseConfig({ ...configEnv(config), RFM_SCHEDULE_ID: undefined }).RFM_SCHEDULE_ID).toBe('rfm-nightly');
    await expect
      .poll(async () => (await runs()).schedule?.id, { timeout: 60_000, interval: 250 })
      .toBe(config.RFM_SCHEDULE_ID);
    const d = await api.deps.temporal.schedule.getHandle(config.RFM_SCHEDULE_ID).describe();
    expect(d.spec.calendars?.[0]).toMatchObject({ hour: [{ start: 2, end: 2, step: 1 }], minute: [{ start: 0, end: 0, step: 1 }] });
    expect(d.spec.timezone).toBe('UTC');
    expect(d.policies.overlap).toBe('SKIP');
    expect(d.policies.catchupWindow).toBe(3_600_000);
    expect(d.action).toMatchObject({ type: 'startWorkflow', workflowType: 'rfmSegmentationWorkflow', taskQueue: config.TEMPORAL_TASK_QUEUE });
    expect(d.info.nextActionTimes[0]!.getUTCHours()).toBe(2);

    const cli = await findTemporal();
    expect(cli).toBeTruthy();
    const { stdout } = await run(cli!, ['schedule', 'list', '--address', config.TEMPORAL_ADDRESS, '--namespace', config.TEMPORAL_NAMESPACE]);
    expect(stdout).toContain(config.RFM_SCHEDULE_ID);
  });

  it('puts a seeded population with known activity in the documented segments; a second run changes nothing', async () => {
    // R by quintiles of recency days among active players (cuts 0, 1, 3, 10), F by quartiles of
    // non-zero frequency (2, 5, 11), M by quartiles of non-zero spend (199, 499, 1099).
    const ids = await seedPlayers(api.deps.prisma, [
      { name: 'a', rounds: { daysAgo: 0, count: 20 }, purchases: [{ daysAgo: 0, cents: 2299 }, { daysAgo: 0, cents: 1099 }] },
      { name: 'b', rounds: { daysAgo: 0, count: 10 }, purchases: [{ daysAgo: 0, cents: 1099 }] },
      { name: 'c', rounds: { daysAgo: 1, count: 8 }, purchases: [{ daysAgo: 1, cents: 499 }] },
      { name: 'd', rounds: { daysAgo: 2, count: 6 }, purchases: [{ daysAgo: 2, cents: 199 }] },
      { name: 'e', rounds: { daysAgo: 3, count: 5 } },
      { name: 'f', rounds: { daysAgo: 5, count: 3 } },
      { name: 'g', rounds: { daysAgo: 10, count: 2 } },
      { name: 'h', rounds: { daysAgo: 20, count: 1 } },
      { name: 'i', rounds: { daysAgo: 28, count: 1 } },
      { name: 'j', rounds: { daysAgo: 1, count: 15 } },
      { name: 'k', rounds: { daysAgo: 40, count: 3 } },
      { name: 'l' },
      { name: 'm', purchases: [{ daysAgo: 45, cents: 2299 }] },
    ]);
    const expected: Record<string, [segment: string, r: number, f: number, m: number]> = {
      a: ['Whale', 5, 5, 5],
      b: ['High', 5, 4, 4],
      c: ['High', 4, 4, 3],
      d: ['Medium', 3, 4, 2],
      j: ['Medium', 4, 5, 1],
      e: ['Low', 3, 3, 1],
      f: ['Low', 2, 3, 1],
      g: ['Low', 2, 2, 1],
      h: ['Low', 1, 2, 1],
      i: ['Low', 1, 2, 1],
      k: ['Dormant', 1, 1, 1],
      l: ['Dormant', 1, 1, 1],
      m: ['Dormant', 1, 1, 1],
    };
    const table = async () => {
      const rows = await api.deps.prisma.playerSegment.findMany({ where: { userId: { in: [...ids.values()] } } });
      const byId = new Map(rows.map((r) => [r.userId, r]));
      return Object.fromEntries([...ids].map(([name, id]) => {
        const r = byId.get(id);
        return [name, r ? [r.segment, r.rScore, r.fScore, r.mScore] : null];
      }));
    };

    const first = await trigger();
    expect(first.status).toBe('started');
    expect(first.run_id.startsWith(`${config.RFM_SCHEDULE_ID}-`)).toBe(true);
    const done = await waitCompleted(first.run_id);
    expect(done).toMatchObject({ trigger: 'manual', players_measured: 13, players_scored: 13, segments_changed: 13 });
    expect(done.cut_points).toEqual({ recency: [0, 1, 3, 10], frequency: [2, 5, 11], monetary: [199, 499, 1099] });
    expect(done.counts).toEqual({ Whale: 1, High: 2, Medium: 2, Low: 5, Dormant: 3 });
    expect(await table()).toEqual(expected);
    expect(await segmentFacts(first.run_id)).toEqual({ n: 13, users: 13 });
    const sizes = await http(api.baseUrl, 'GET', '/api/admin/segments/sizes', { headers: admin.auth });
    expect(sizes.body).toEqual({ sizes: { Whale: 1, High: 2, Medium: 2, Low: 5, Dormant: 3 }, total: 13 });
    // The facts reach Kafka through the worker's relay.
    await expect
      .poll(() => api.deps.prisma.outboxEvent.count({ where: { type: 'segment.changed', publishedAt: null } }), { timeout: 30_000 })
      .toBe(0);

    const before = await api.deps.prisma.playerSegment.findMany({ orderBy: { userId: 'asc' } });
    const second = await trigger();
    expect(second.status).toBe('started');
    const again = await waitCompleted(second.run_id);
    expect(again).toMatchObject({ players_scored: 13, segments_changed: 0 });
    expect(await segmentFacts(second.run_id)).toEqual({ n: 0, users: 0 });
    // Not even a score or a timestamp moved.
    expect(await api.deps.prisma.playerSegment.findMany({ orderBy: { userId: 'asc' } })).toEqual(before);
  });

  it(`survives a worker killed mid-run over ${GENERATED.toLocaleString('en')} players with the result of an uninterrupted computation; a trigger meanwhile is skipped`, { timeout: 600_000 }, async () => {
    const t0 = Date.now();
    const lap = (what: string) => console.log(`[segments] ${what} at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    await generatePlayers(api.deps.prisma, GENERATED);
    lap('players generated');
    const total = GENERATED + 1 + 13; // the generator's owner and the players of the previous test

    // Forget every segment, so the run must compute (and announce) all of them again.
    await api.deps.prisma.$executeRaw`DELETE FROM player_segments`;
    const interrupted = await trigger();
    expect(interrupted.status).toBe('started');
    const skipped = await trigger();
    expect(skipped).toMatchObject({ status: 'skipped', active_run_id: interrupted.run_id });
    expect(await runRow(skipped.run_id)).toMatchObject({ status: 'skipped', trigger: 'manual' });

    // Kill the worker once the run has scored some batches (its thresholds are stored by then),
    // and check it did not finish.
    await expect.poll(async () => (await runRow(interrupted.run_id))?.players_scored ?? 0, { timeout: 120_000, interval: 50 }).toBeGreaterThan(0);
    await workers.kill(worker);
    const atKill = await runRow(interrupted.run_id);
    expect(atKill.status).toBe('running');
    console.log(`[segments] worker killed at phase ${atKill.phase}: measured ${atKill.players_measured}, scored ${atKill.players_scored} of ${total}`);

    worker = workers.spawn();
    const resumed = await waitCompleted(interrupted.run_id);
    lap('interrupted run completed');
    expect(resumed).toMatchObject({ players_measured: total, players_scored: total });
    const after = await api.deps.prisma.$queryRaw<unknown[]>`
      SELECT user_id, segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents FROM player_segments ORDER BY user_id`;
    expect(after).toHaveLength(total);
    // The reference: the same computation uninterrupted, as one statement over every player at the run's as_of.
    const reference = await api.deps.prisma.$queryRawUnsafe<unknown[]>(`${rfmSingleStatement()} ORDER BY user_id`, new Date(resumed.as_of));
    lap('reference computed');
    expect(after).toEqual(reference);
    // Exactly one fact per player: no batch was applied twice in a way that showed.
    expect(await segmentFacts(interrupted.run_id)).toEqual({ n: total, users: total });
    // One workflow in Temporal that continued as new (50 batches > 20 per execution).
    const summary = await api.deps.temporal.workflow.getHandle(interrupted.run_id).result();
    expect(summary).toMatchObject({ runId: interrupted.run_id, measured: total, scored: total });
    const continued = async () => {
      let n = 0;
      for await (const e of api.deps.temporal.workflow.list({ query: `WorkflowId = '${interrupted.run_id}'` })) if (e.status.name === 'CONTINUED_AS_NEW') n++;
      return n;
    };
    await expect.poll(continued, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const { schedule } = await runs();
    expect(schedule.skipped_overlap).toBeGreaterThanOrEqual(1);
  });
});
