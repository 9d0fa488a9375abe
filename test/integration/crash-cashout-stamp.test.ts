import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gamesDepsOf } from '../../api/routes/games.ts';
import { multiplierAt } from '../../domain/games/crash.ts';
import { cashOutCrashRound } from '../../services/games/cash-out-crash-round.ts';
import type { CrashDeps } from '../../services/games/deps.ts';
import { setClientSeed } from '../../services/games/fairness-seeds.ts';
import { loadGameConfig } from '../../services/games/game-config.ts';
import { placeCrashBet } from '../../services/games/place-crash-bet.ts';
import { signUpPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { activeSeedOf, clientSeedForCrash, setBalance } from '../support/games.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

// A slow curve (e^(0.01·t): 20x after 300 s) so that crash points of 20x and more keep every
// round alive however long 100 bets take on a loaded machine; "the same multiplier" is still a
// claim about the elapsed time (0.01x every ~1 s here). A lag bound of 10 minutes: under load,
// cashouts may wait long in the queue, and this test is about judging them at the requested
// instant however long they waited.
const GAME_CONFIG = JSON.stringify({ crash: { growthPerSecond: 0.01 } });
const crash = loadGameConfig(GAME_CONFIG).config.crash;
const KNOWN_ELAPSED_MS = 5_000;

describe('crash cashouts are judged at the moment they were asked for', () => {
  const config = testConfig({ GAME_CONFIG, CRASH_TICK_MS: '500', CRASH_CASHOUT_MAX_LAG_MS: '600000', GAME_RATE_LIMIT_PER_WINDOW: '100000', DATABASE_POOL_SIZE: '20' });
  let api: TestApi;
  let worker: TestWorker;
  let deps: CrashDeps;

  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    deps = gamesDepsOf(api.deps);
  });
  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  /** A player (created directly, no HTTP) whose next crash round will not crash before 20x. */
  async function playerWithLongRound(): Promise<string> {
    const id = randomUUID();
    await api.deps.prisma.user.create({ data: { id, loginId: `c_${id.slice(0, 8)}`, nickname: `Crash ${id.slice(0, 8)}`, passwordHash: 'not-a-hash' } });
    await setBalance(api.deps.prisma, id, 1_000);
    const seed = await activeSeedOf(api.deps.prisma, id);
    const { clientSeed } = clientSeedForCrash(seed.serverSeed, seed.nextNonce, crash, (cp) => cp >= 20);
    await setClientSeed(api.deps.prisma, id, clientSeed);
    return id;
  }

  /** Bets for every player (16 at a time), then cashes every round out at KNOWN_ELAPSED_MS after its start, all at once. */
  async function cashOutAtKnownElapsed(players: string[]) {
    const rounds: { userId: string; startedAtMs: number }[] = [];
    for (let i = 0; i < players.length; i += 16) {
      const placed = await Promise.all(players.slice(i, i + 16).map((id) => placeCrashBet(deps, id, { bet: 100 })));
      placed.forEach((r, j) => rounds.push({ userId: players[i + j]!, startedAtMs: Date.parse(r.started_at) }));
    }
    // A stamp is never judged later than the workflow's own now, so ask only once every round is past it.
    const latest = Math.max(...rounds.map((r) => r.startedAtMs)) + KNOWN_ELAPSED_MS;
    await new Promise((r) => setTimeout(r, Math.max(0, latest - Date.now() + 50)));
    return Promise.all(rounds.map((r) => cashOutCrashRound(deps, r.userId, { requestedAtMs: r.startedAtMs + KNOWN_ELAPSED_MS })));
  }

  it('gives the same multiplier to one player alone and to each of 100 players cashing out at once', async () => {
    const expected = multiplierAt(KNOWN_ELAPSED_MS, crash);
    const [alone] = await cashOutAtKnownElapsed([await playerWithLongRound()]);
    expect(alone).toMatchObject({ status: 'cashed_out', multiplier: expected, elapsed_ms: KNOWN_ELAPSED_MS, payout: Math.floor(100 * expected) });

    const crowd: string[] = [];
    for (let i = 0; i < 100; i++) crowd.push(await playerWithLongRound());
    const answers = await cashOutAtKnownElapsed(crowd);
    for (const a of answers) {
      expect(a.status).toBe('cashed_out');
      expect(Math.abs(a.multiplier! - alone!.multiplier!)).toBeLessThanOrEqual(0.01);
    }
    // Exactly the same, in fact: the same elapsed time on the same curve.
    expect(new Set(answers.map((a) => a.multiplier))).toEqual(new Set([expected]));
    const payouts = await api.deps.prisma.ledgerEntry.count({ where: { reason: 'game_payout', userId: { in: crowd } } });
    expect(payouts).toBe(100);
    await expectLedgerInvariant(api.deps.prisma);
  }, 900_000);

  it('stamps a cashout over HTTP with the time the API received it, not the time the workflow got to it', async () => {
    const player = await signUpPlayer(api);
    await setBalance(api.deps.prisma, player.id, 1_000);
    const seed = await activeSeedOf(api.deps.prisma, player.id);
    const { clientSeed } = clientSeedForCrash(seed.serverSeed, seed.nextNonce, crash, (cp) => cp >= 20);
    expect((await http(api.baseUrl, 'PUT', '/api/fairness/client-seed', { body: { client_seed: clientSeed }, headers: player.auth })).status).toBe(200);
    const bet = await http(api.baseUrl, 'POST', '/api/games/crash/bet', { body: { bet: 100 }, headers: player.auth });
    expect(bet.status).toBe(201);
    const startedAtMs = Date.parse(bet.body.started_at);
    await expect.poll(() => Date.now() - startedAtMs, { timeout: 60_000, interval: 20 }).toBeGreaterThan(1_000);

    // No worker: the cashout waits in Temporal until one comes back.
    await worker.stop();
    const sentElapsed = Date.now() - startedAtMs;
    const answering = http(api.baseUrl, 'POST', '/api/games/crash/cashout', { body: { round_id: bet.body.round_id }, headers: player.auth });
    await new Promise((r) => setTimeout(r, 2_000));
    const resumedElapsed = Date.now() - startedAtMs;
    worker = await startTestWorker(config);
    const answer = await answering;
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('cashed_out');
    // Judged between sending and the worker's return, not after it, as before stamps.
    expect(answer.body.elapsed_ms).toBeGreaterThanOrEqual(sentElapsed);
    expect(answer.body.elapsed_ms).toBeLessThan(resumedElapsed);
    expect(answer.body.multiplier).toBe(multiplierAt(answer.body.elapsed_ms, crash));
    await expectLedgerInvariant(api.deps.prisma);
  }, 600_000);
});
