import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashTimeMs, timeToReach } from '../../domain/games/crash.ts';
import { gamesDepsOf } from '../../api/routes/games.ts';
import { loadGameConfig } from '../../services/games/game-config.ts';
import { placeCrashBet } from '../../services/games/place-crash-bet.ts';
import { WORKFLOW_BUNDLE_PATH } from '../../worker/bundle.ts';
import { resolveCrashAt } from '../../domain/games/crash.ts';
import type { CrashSettlement } from '../../workflows/messages/crash-round.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { activeSeedOf, clientSeedForCrash, setBalance } from '../support/games.ts';
import { http, startTestApi, startTestWorker, workerProcesses, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { openEventStream } from '../support/sse.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Rounds run fast here: e^(1·t) reaches 2× at 0.69 s, 10× at 2.3 s, the 1,000× cap at 6.9 s.
// A minimum cashout of 1.5× (reached at 405 ms) makes "too early" observable over HTTP.
const GAME_CONFIG = JSON.stringify({ crash: { growthPerSecond: 1, minCashout: 1.5 } });
const crash = loadGameConfig(GAME_CONFIG).config.crash;

/** Sets a client seed chosen so the player's next crash point satisfies `accept`; returns that crash point. */
async function nextCrashPoint(api: TestApi, player: TestPlayer, accept: (crashPoint: number) => boolean): Promise<number> {
  const seed = await activeSeedOf(api.deps.prisma, player.id);
  const { clientSeed, crashPoint } = clientSeedForCrash(seed.serverSeed, seed.nextNonce, crash, accept);
  const set = await http(api.baseUrl, 'PUT', '/api/fairness/client-seed', { body: { client_seed: clientSeed }, headers: player.auth });
  expect(set.status).toBe(200);
  return crashPoint;
}

/** Bets with a client seed chosen so the round's crash point satisfies `accept`; returns the answer and the crash point. */
async function betOn(api: TestApi, player: TestPlayer, accept: (crashPoint: number) => boolean, body: Record<string, unknown>) {
  const crashPoint = await nextCrashPoint(api, player, accept);
  const res = await http(api.baseUrl, 'POST', '/api/games/crash/bet', { body, headers: player.auth });
  return { res, crashPoint };
}

async function waitForSettled(api: TestApi, roundId: string, timeout = 30_000) {
  await expect.poll(async () => (await api.deps.prisma.crashRound.findUniqueOrThrow({ where: { id: roundId } })).status, { timeout, interval: 50 }).not.toBe('running');
  return api.deps.prisma.crashRound.findUniqueOrThrow({ where: { id: roundId } });
}

const ledgerOf = (api: TestApi, roundId: string) =>
  api.deps.prisma.ledgerEntry.findMany({ where: { ref: roundId }, orderBy: { id: 'asc' } }).then((rows) => rows.map((e) => [e.reason, e.delta]));

describe('crash rounds (CrashRoundWorkflow)', () => {
  const config = testConfig({ GAME_CONFIG, CRASH_TICK_MS: '50', GAME_RATE_LIMIT_PER_WINDOW: '100000' });
  let api: TestApi;
  let worker: TestWorker;
  let admin: TestPlayer;
  const post = (player: TestPlayer, p: string, body?: unknown) => http(api.baseUrl, 'POST', p, { body, headers: player.auth });
  const get = (player: TestPlayer, p: string) => http(api.baseUrl, 'GET', p, { headers: player.auth });

  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it('takes the stake at bet time, streams ticks, cashes out at the server-clock multiplier and settles once', async () => {
    const player = await signUpPlayer(api);
    const stream = await openEventStream(api.baseUrl, player.accessToken);
    try {
      const { res, crashPoint } = await betOn(api, player, (cp) => cp >= 5 && cp <= 50, { bet: 100 });
      expect(res.status).toBe(201);
      const round = res.body;
      expect(res.headers.get('location')).toBe(`/api/games/crash/rounds/${round.round_id}`);
      expect(round).toMatchObject({ status: 'running', bet: 100, auto_cashout: null, crash_point: null, payout: null, balance: 900, workflow_id: `crash:${round.round_id}` });
      expect(round.curve).toEqual({ growth_per_second: 1, min_cashout: 1.5, max_multiplier: 1000, tick_ms: 50 });
      expect(await ledgerOf(api, round.round_id)).toEqual([['game_bet', -100]]);

      const second = await post(player, '/api/games/crash/bet', { bet: 10 });
      expect(second).toMatchObject({ status: 409, body: { error: { code: 'round_active', details: { round_id: round.round_id } } } });
      expect((await get(player, '/api/games/crash/active')).body).toMatchObject({ round_id: round.round_id, status: 'running', crash_point: null });
      expect((await post(player, '/api/fairness/rotate', {})).body.error.code).toBe('round_in_progress');

      await stream.next((e) => e.event === 'crash_tick' && e.data.multiplier >= 2, 10_000);
      const cashout = await post(player, '/api/games/crash/cashout');
      expect(cashout.status).toBe(200);
      const settled = cashout.body;
      expect(settled).toMatchObject({ round_id: round.round_id, status: 'cashed_out', trigger: 'manual', crash_point: crashPoint });
      expect(settled.multiplier).toBeGreaterThanOrEqual(2);
      expect(settled.multiplier).toBeLessThanOrEqual(crashPoint);
      expect(settled.payout).toBe(Math.floor(100 * Math.round(settled.multiplier * 100) / 100));
      expect(settled.balance).toBe(900 + settled.payout);
      // The decision is a pure function of the elapsed time the workflow recorded.
      expect(resolveCrashAt(settled.elapsed_ms, { autoCashout: null, crashPoint, crash }, 'manual')).toMatchObject({ outcome: 'cashed_out', multiplier: settled.multiplier });

      const update = await stream.next((e) => e.event === 'crash_update');
      expect(update.data).toMatchObject({ round_id: round.round_id, status: 'cashed_out', payout: settled.payout, crash_point: crashPoint });
      await stream.next((e) => e.event === 'profile_update' && e.data.gold_balance === settled.balance);
      const ticks = stream.events.filter((e) => e.event === 'crash_tick' && e.data.round_id === round.round_id).map((e) => e.data.multiplier as number);
      expect(ticks.length).toBeGreaterThan(1);
      expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
      expect(Math.max(...ticks)).toBeLessThanOrEqual(crashPoint);

      expect(await ledgerOf(api, round.round_id)).toEqual([['game_bet', -100], ['game_payout', settled.payout]]);
      const history = await api.deps.prisma.gameRound.findUniqueOrThrow({ where: { id: round.round_id } });
      expect(history).toMatchObject({ game: 'crash', bet: 100, payout: settled.payout, win: true });
      expect(history.result).toMatchObject({ crash_point: crashPoint, cashout_multiplier: settled.multiplier, trigger: 'manual', elapsed_ms: settled.elapsed_ms });
      expect((await get(player, '/api/games/stats/me')).body.by_game.crash).toMatchObject({ games_played: 1, wins: 1, gold_won: settled.payout, highest_multiplier: settled.multiplier });

      expect((await post(player, '/api/games/crash/cashout')).body.error.code).toBe('no_active_round');
      const replay = await post(player, '/api/games/crash/cashout', { round_id: round.round_id });
      expect(replay.body).toMatchObject({ status: 'cashed_out', payout: settled.payout, multiplier: settled.multiplier });
      expect((await get(player, `/api/games/crash/rounds/${round.round_id}`)).body).toMatchObject({ status: 'cashed_out', crash_point: crashPoint });

      // The API paid the cashout itself and told the workflow, which then completes without waiting for its timer.
      const handle = api.deps.temporal.workflow.getHandle(round.workflow_id);
      await expect.poll(async () => (await handle.describe()).status.name, { timeout: 30_000 }).toBe('COMPLETED');
      expect(await handle.result()).toMatchObject({ status: 'cashed_out', payout: settled.payout });
      const description = await handle.describe();
      expect(description.searchAttributes).toMatchObject({ CrashRoundId: [round.round_id], UserId: [player.id] });
    } finally {
      stream.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('settles an abandoned round as lost after its crash point', async () => {
    const player = await signUpPlayer(api);
    const stream = await openEventStream(api.baseUrl, player.accessToken);
    try {
      const { res, crashPoint } = await betOn(api, player, (cp) => cp >= 1.5 && cp <= 2.5, { bet: 50 });
      const update = await stream.next((e) => e.event === 'crash_update', 15_000);
      expect(update.data).toMatchObject({ round_id: res.body.round_id, status: 'crashed', trigger: 'crash', payout: 0, crash_point: crashPoint, multiplier: null });
      expect(update.data.elapsed_ms).toBeGreaterThanOrEqual(crashTimeMs(crashPoint, crash));
      expect(await ledgerOf(api, res.body.round_id)).toEqual([['game_bet', -50]]);
      expect((await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance).toBe(950);
      expect((await get(player, '/api/games/history?game=crash')).body.items[0]).toMatchObject({ round_id: res.body.round_id, payout: 0, win: false });
      expect((await get(player, '/api/games/crash/active')).status).toBe(404);
    } finally {
      stream.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('cashes out by itself at the auto-cashout target, and not when the crash comes first', async () => {
    const player = await signUpPlayer(api);
    const { res: won } = await betOn(api, player, (cp) => cp >= 3 && cp <= 20, { bet: 40, auto_cashout: 2 });
    expect(won.body.auto_cashout).toBe(2);
    const auto = await waitForSettled(api, won.body.round_id);
    expect(auto).toMatchObject({ status: 'cashed_out', trigger: 'auto', payout: 80 });
    expect(Number(auto.cashoutMultiplier)).toBe(2);
    expect(auto.elapsedMs).toBeGreaterThanOrEqual(timeToReach(2, crash));

    const { res: lost, crashPoint } = await betOn(api, player, (cp) => cp >= 1.5 && cp < 2.5, { bet: 40, auto_cashout: 3 });
    const crashed = await waitForSettled(api, lost.body.round_id);
    expect(crashed).toMatchObject({ status: 'crashed', trigger: 'crash', payout: 0 });
    expect(Number(crashed.crashPoint)).toBe(crashPoint);
    expect(await ledgerOf(api, won.body.round_id)).toEqual([['game_bet', -40], ['game_payout', 80]]);
    expect(await ledgerOf(api, lost.body.round_id)).toEqual([['game_bet', -40]]);
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('refuses a cashout below the minimum multiplier with 409 cashout_too_early and lets the round go on', async () => {
    // 1.5x comes 405 ms after the bet: on a loaded machine the first cashout may arrive later
    // than that. Such a round is cashed out (at 1.5x or more, which the rule allows) and says
    // nothing about "too early", so another round is tried, up to a few.
    let player!: TestPlayer;
    let res!: Awaited<ReturnType<typeof betOn>>['res'];
    let early!: Awaited<ReturnType<typeof post>>;
    for (let attempt = 0; attempt < 5; attempt++) {
      player = await signUpPlayer(api);
      ({ res } = await betOn(api, player, (cp) => cp >= 4 && cp <= 40, { bet: 30 }));
      early = await post(player, '/api/games/crash/cashout');
      if (early.status !== 200) break;
      expect(early.body).toMatchObject({ round_id: res.body.round_id, status: 'cashed_out' });
      expect(early.body.multiplier).toBeGreaterThanOrEqual(1.5);
    }
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'cashout_too_early', details: { min_cashout: 1.5 } } } });
    expect(early.body.error.details.multiplier).toBeLessThan(1.5);
    await sleep(timeToReach(1.6, crash) + 50);
    const later = await post(player, '/api/games/crash/cashout');
    expect(later.body).toMatchObject({ round_id: res.body.round_id, status: 'cashed_out' });
    expect(later.body.multiplier).toBeGreaterThanOrEqual(1.6);
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('pays one payout for two cashouts sent at once, and answers both with it', async () => {
    const player = await signUpPlayer(api);
    const { res } = await betOn(api, player, (cp) => cp >= 5 && cp <= 50, { bet: 100 });
    await sleep(timeToReach(2, crash));
    // Both name the round, as a client does: the one that loses the race reads the settlement.
    const cashout = () => post(player, '/api/games/crash/cashout', { round_id: res.body.round_id });
    const [a, b] = await Promise.all([cashout(), cashout()]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.body).toMatchObject({ status: 'cashed_out', round_id: res.body.round_id });
    expect(b.body).toMatchObject({ status: 'cashed_out', payout: a.body.payout, multiplier: a.body.multiplier, elapsed_ms: a.body.elapsed_ms });
    expect(await ledgerOf(api, res.body.round_id)).toEqual([['game_bet', -100], ['game_payout', a.body.payout]]);
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('decides a cashout racing the crash point by the elapsed time recorded in the workflow, the same way on every replay', async () => {
    const player = await signUpPlayer(api);
    await setBalance(api.deps.prisma, player.id, 10_000);
    // Cashouts aimed around the crash instant: well before, just before, at, just after, well after.
    const offsets = [-200, -60, -25, -10, 0, 10, 25, 60, 200];
    const rounds: { roundId: string; workflowId: string; crashPoint: number; offset: number }[] = [];
    for (const offset of offsets) {
      const { res, crashPoint } = await betOn(api, player, (cp) => cp >= 2 && cp <= 3, { bet: 100 });
      expect(res.status).toBe(201);
      const startedAt = Date.parse(res.body.started_at);
      await sleep(Math.max(0, startedAt + crashTimeMs(crashPoint, crash) + offset - Date.now()));
      const answer = await post(player, '/api/games/crash/cashout', { round_id: res.body.round_id });
      expect(answer.status).toBe(200);
      rounds.push({ roundId: res.body.round_id, workflowId: res.body.workflow_id, crashPoint, offset });
    }
    const outcomes: string[] = [];
    for (const r of rounds) {
      const row = await waitForSettled(api, r.roundId);
      const recorded = { outcome: row.status, multiplier: row.status === 'cashed_out' ? Number(row.cashoutMultiplier) : undefined };
      // The same pure rule over the recorded elapsed time gives the recorded outcome.
      const judged = resolveCrashAt(row.elapsedMs!, { autoCashout: null, crashPoint: r.crashPoint, crash }, row.trigger === 'crash' ? 'timer' : 'manual');
      expect({ offset: r.offset, ...recorded }).toEqual({ offset: r.offset, outcome: judged.outcome, multiplier: judged.outcome === 'cashed_out' ? judged.multiplier : undefined });
      expect(row.status === 'cashed_out').toBe(row.elapsedMs! < crashTimeMs(r.crashPoint, crash));
      expect(await ledgerOf(api, r.roundId)).toEqual([['game_bet', -100], ...(row.status === 'cashed_out' ? [['game_payout', row.payout]] : [])]);
      outcomes.push(row.status);

      // Replaying the recorded history reaches the same decision without nondeterminism.
      const handle = api.deps.temporal.workflow.getHandle(r.workflowId);
      const result = (await handle.result()) as CrashSettlement;
      expect(result).toMatchObject({ status: row.status, payout: row.payout, elapsedMs: row.elapsedMs });
      await Worker.runReplayHistory({ workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH }, replayName: r.workflowId }, await handle.fetchHistory());
    }
    expect(outcomes).toContain('cashed_out');
    expect(outcomes).toContain('crashed');
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('verifies crash rounds from the revealed seed, and lists rounds for operators', async () => {
    const player = await signUpPlayer(api);
    const { res: a, crashPoint } = await betOn(api, player, (cp) => cp >= 1.5 && cp <= 2, { bet: 20 });
    await waitForSettled(api, a.body.round_id);
    const { res: b } = await betOn(api, player, (cp) => cp >= 3 && cp <= 30, { bet: 20, auto_cashout: 1.8 });
    await waitForSettled(api, b.body.round_id);
    expect((await get(player, `/api/fairness/verify?round_id=${a.body.round_id}`)).body.verifiable).toBe(false);
    expect((await post(player, '/api/fairness/rotate', {})).status).toBe(200);
    for (const id of [a.body.round_id, b.body.round_id]) {
      const verified = (await get(player, `/api/fairness/verify?round_id=${id}`)).body;
      expect(verified).toMatchObject({ game: 'crash', verifiable: true, match: true });
    }
    expect((await get(player, `/api/fairness/verify?round_id=${a.body.round_id}`)).body.recomputed).toEqual({ crash_point: crashPoint, payout: 0 });

    const list = await http(api.baseUrl, 'GET', `/api/admin/games/crash/rounds?user_id=${player.id}`, { headers: admin.auth });
    expect(list.status).toBe(200);
    expect(list.body.items.map((r: { round_id: string }) => r.round_id)).toEqual([b.body.round_id, a.body.round_id]);
    expect(list.body.items[1]).toMatchObject({ user_id: player.id, crash_point: crashPoint, status: 'crashed', payout: 0 });
    const crashedOnly = await http(api.baseUrl, 'GET', `/api/admin/games/crash/rounds?user_id=${player.id}&status=crashed`, { headers: admin.auth });
    expect(crashedOnly.body.items.map((r: { round_id: string }) => r.round_id)).toEqual([a.body.round_id]);
    expect((await get(player, '/api/admin/games/crash/rounds')).status).toBe(403);
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('answers the bet at once, then voids the round, returns the stake and tells the player when its workflow cannot be started', async () => {
    const player = await signUpPlayer(api);
    const temporalDown = { workflow: { start: async () => Promise.reject(new Error('Temporal is unavailable')) } } as unknown as Client;
    const stream = await openEventStream(api.baseUrl, player.accessToken);
    try {
      const placed = await placeCrashBet({ ...gamesDepsOf(api.deps), temporal: temporalDown }, player.id, { bet: 100 });
      expect(placed).toMatchObject({ status: 'running', bet: 100 });
      const update = await stream.next((e) => e.event === 'crash_update' && e.data.round_id === placed.round_id, 15_000);
      expect(update.data).toMatchObject({ status: 'void', payout: 100 });
      const row = await api.deps.prisma.crashRound.findUniqueOrThrow({ where: { id: placed.round_id } });
      expect(row).toMatchObject({ status: 'void', payout: 100 });
      expect(await ledgerOf(api, row.id)).toEqual([['game_bet', -100], ['game_payout', 100]]);
      expect((await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance).toBe(1000);
      expect((await post(player, '/api/games/crash/bet', { bet: 10 })).status).toBe(201); // nothing left running
    } finally {
      stream.close();
    }
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('starts the missing workflow of a round whose API died after taking the stake, on the player\'s next bet or cashout', async () => {
    // As if the process died between the commit and the workflow start: the start never happens.
    const diedBeforeStart = { ...gamesDepsOf(api.deps), temporal: { workflow: { start: async () => undefined } } as unknown as Client };
    const betting = await signUpPlayer(api);
    const crashPoint = await nextCrashPoint(api, betting, (cp) => cp >= 1.5 && cp <= 2);
    const orphan = await placeCrashBet(diedBeforeStart, betting.id, { bet: 100 });
    await expect(api.deps.temporal.workflow.getHandle(orphan.workflow_id).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);
    await sleep(crashTimeMs(crashPoint, crash) + 100);
    const next = await post(betting, '/api/games/crash/bet', { bet: 10 });
    expect(next.body.error).toMatchObject({ code: 'round_active', details: { round_id: orphan.round_id } });
    const settled = await waitForSettled(api, orphan.round_id);
    expect(settled).toMatchObject({ status: 'crashed', trigger: 'crash', payout: 0 });

    const cashing = await signUpPlayer(api);
    await nextCrashPoint(api, cashing, (cp) => cp >= 5 && cp <= 50);
    const orphan2 = await placeCrashBet(diedBeforeStart, cashing.id, { bet: 100 });
    await sleep(timeToReach(2, crash));
    const cashout = await post(cashing, '/api/games/crash/cashout');
    expect(cashout.body).toMatchObject({ round_id: orphan2.round_id, status: 'cashed_out' });
    expect(await ledgerOf(api, orphan2.round_id)).toEqual([['game_bet', -100], ['game_payout', cashout.body.payout]]);
    expect(await ledgerOf(api, orphan.round_id)).toEqual([['game_bet', -100]]);
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('refuses a bet it cannot take, and answers 404 to a cashout without a round', async () => {
    const player = await signUpPlayer(api);
    expect((await post(player, '/api/games/crash/bet', { bet: 5_000 })).body.error.code).toBe('insufficient_funds');
    expect((await post(player, '/api/games/crash/bet', { bet: 10, auto_cashout: 1.234 })).body.error.code).toBe('invalid_auto_cashout');
    expect((await post(player, '/api/games/crash/bet', { bet: 10, auto_cashout: 1.2 })).status).toBe(422);
    expect((await post(player, '/api/games/crash/bet', { bet: 5 })).body.error.code).toBe('bet_out_of_range');
    expect(await api.deps.prisma.crashRound.count({ where: { userId: player.id } })).toBe(0);
    expect((await post(player, '/api/games/crash/cashout')).status).toBe(404);
    expect((await post(player, '/api/games/crash/cashout', { round_id: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    expect((await get(player, '/api/fairness/seeds')).body.next_nonce).toBe(0);
    expect((await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance).toBe(1000);
  });
});

describe('a crash round whose worker is killed mid-round', () => {
  const config = testConfig({ GAME_CONFIG, CRASH_TICK_MS: '50' });
  let api: TestApi;
  const workers = workerProcesses(() => config);

  beforeAll(async () => {
    api = await startTestApi(config);
  });
  afterAll(async () => {
    workers.killAll();
    await api?.close();
  });

  /** Waits until a worker polls the test's task queue for workflow and activity tasks. */
  async function workerPolling(): Promise<void> {
    for (const taskQueueType of [1, 2]) {
      await expect
        .poll(
          async () =>
            (
              await api.deps.temporal.workflowService.describeTaskQueue({
                namespace: config.TEMPORAL_NAMESPACE,
                taskQueue: { name: config.TEMPORAL_TASK_QUEUE },
                taskQueueType,
              })
            ).pollers?.length ?? 0,
          { timeout: 60_000, interval: 200 },
        )
        .toBeGreaterThan(0);
    }
  }

  it('settles each round exactly once after another worker starts', { timeout: 600_000 }, async () => {
    // The worker must die before either decision time (the lost round crashes 1.1-1.6 s in). On a
    // loaded machine the kill may come later than that; such an attempt proves nothing, so its
    // rounds are left to settle and the scenario runs again with new players, up to a few times.
    let started!: number;
    let auto!: { round_id: string; workflow_id: string };
    let lost!: { round_id: string; workflow_id: string };
    let lostCrashPoint!: number;
    for (let attempt = 0; ; attempt++) {
      const first = workers.spawn();
      await workerPolling();
      const cashing = await signUpPlayer(api);
      const abandoning = await signUpPlayer(api);
      const stream = await openEventStream(api.baseUrl, cashing.accessToken);
      try {
        // One round auto-cashes out at 10× (2.3 s in), the other crashes at 3-5× (1.1-1.6 s): the worker dies before either.
        auto = (await betOn(api, cashing, (cp) => cp >= 20 && cp <= 100, { bet: 100, auto_cashout: 10 })).res.body;
        const second = await betOn(api, abandoning, (cp) => cp >= 3 && cp <= 5, { bet: 100 });
        lost = second.res.body;
        lostCrashPoint = second.crashPoint;
        started = Date.now();
        await stream.next((e) => e.event === 'crash_tick' && e.data.round_id === auto.round_id, 20_000);
      } finally {
        stream.close();
      }
      await workers.kill(first);
      const killedAfter = Date.now() - started;
      const statuses = await Promise.all([auto, lost].map(async (r) => (await api.deps.prisma.crashRound.findUniqueOrThrow({ where: { id: r.round_id } })).status));
      if (killedAfter < timeToReach(3, crash) && statuses.every((st) => st === 'running')) break;
      expect(attempt).toBeLessThan(4);
    }
    // Both decision times pass with no worker alive; then a new one takes over.
    await sleep(Math.max(0, timeToReach(10, crash) + 500 - (Date.now() - started)));
    workers.spawn();
    const autoRow = await waitForSettled(api, auto.round_id, 60_000);
    const lostRow = await waitForSettled(api, lost.round_id, 60_000);
    expect(autoRow).toMatchObject({ status: 'cashed_out', trigger: 'auto', payout: 1_000 });
    expect(lostRow).toMatchObject({ status: 'crashed', trigger: 'crash', payout: 0 });
    expect(lostRow.elapsedMs!).toBeGreaterThanOrEqual(crashTimeMs(lostCrashPoint, crash));

    for (const [r, ledger] of [
      [auto, [['game_bet', -100], ['game_payout', 1_000]]],
      [lost, [['game_bet', -100]]],
    ] as const) {
      expect(await ledgerOf(api, r.round_id)).toEqual(ledger);
      expect(await api.deps.prisma.gameRound.count({ where: { id: r.round_id } })).toBe(1);
      const handle = api.deps.temporal.workflow.getHandle(r.workflow_id);
      await handle.result();
      const history = await handle.fetchHistory();
      const settles = history.events?.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'settleCrashRound') ?? [];
      expect(settles).toHaveLength(1);
    }
    await expectLedgerInvariant(api.deps.prisma);
  });
});
