// Retried plays are one play: a spin, throw, pull or crash bet sent again with its
// Idempotency-Key answers the round that was played, moves gold once, and a retry racing the
// first call cannot play twice (the round id is derived from (player, key)).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundIdFor } from '../../services/games/idempotent-play.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { setBalance } from '../support/games.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const RETRIES = 20;

describe('plays retried with their Idempotency-Key', () => {
  const config = testConfig({ GAME_RATE_LIMIT_PER_WINDOW: '100000', CRASH_TICK_MS: '50' });
  let api: TestApi;
  let worker: TestWorker;
  const play = (player: TestPlayer, path: string, body: unknown, key?: string) =>
    http(api.baseUrl, 'POST', path, { body, headers: { ...player.auth, ...(key ? { 'idempotency-key': key } : {}) } });
  const ledgerOf = (ref: string) => api.deps.prisma.ledgerEntry.findMany({ where: { ref }, orderBy: { id: 'asc' } }).then((rows) => rows.map((e) => [e.reason, e.delta]));
  const balanceOf = async (player: TestPlayer) => (await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance;

  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
  });
  afterAll(async () => {
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await worker?.stop();
    await api?.close();
  });

  it(`${RETRIES} concurrent retries of one spin: one round, gold moved once, every answer that round`, async () => {
    const player = await signUpPlayer(api);
    const key = `spin-${randomUUID()}`;
    const answers = await Promise.all(Array.from({ length: RETRIES }, () => play(player, '/api/games/slots/spin', { bet_amount: 100 }, key)));
    expect(answers.map((a) => a.status)).toEqual(Array(RETRIES).fill(200));
    const roundId = roundIdFor(player.id, key);
    expect(new Set(answers.map((a) => a.body.round_id))).toEqual(new Set([roundId]));
    // Each answer is the round as played: same reels, payout and balance after it.
    const first = answers[0]!.body;
    for (const a of answers) expect(a.body).toEqual(first);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    expect(await api.deps.prisma.gameRound.count({ where: { userId: player.id } })).toBe(1);
    const moved = await ledgerOf(roundId);
    expect(moved).toEqual(first.payout > 0 ? [['game_bet', -100], ['game_payout', first.payout]] : [['game_bet', -100]]);
    expect(await balanceOf(player)).toBe(1_000 - 100 + first.payout);
    expect(first.balance).toBe(1_000 - 100 + first.payout);
    console.log(`[plays] ${RETRIES} concurrent retries of one spin: 1 round (${roundId}), ${moved.length} ledger entries, ${answers.length - 1} answered as replays`);

    // Later retries answer the same; another bet or another game under the key is refused, changing nothing.
    const later = await play(player, '/api/games/slots/spin', { bet_amount: 100 }, key);
    expect(later.status).toBe(200);
    expect(later.body).toEqual(first);
    const otherBet = await play(player, '/api/games/slots/spin', { bet_amount: 50 }, key);
    expect(otherBet.status).toBe(422);
    expect(otherBet.body.error.code).toBe('idempotency_key_reused');
    const otherGame = await play(player, '/api/games/rps/play', { bet_amount: 100, choice: 'rock' }, key);
    expect(otherGame.status).toBe(422);
    expect(await api.deps.prisma.gameRound.count({ where: { userId: player.id } })).toBe(1);
    expect(await balanceOf(player)).toBe(1_000 - 100 + first.payout);

    // A fresh key is a new play; no key at all still plays every time.
    const fresh = await play(player, '/api/games/slots/spin', { bet_amount: 10 }, `spin-${randomUUID()}`);
    const unkeyed = await play(player, '/api/games/slots/spin', { bet_amount: 10 });
    expect([fresh.status, unkeyed.status]).toEqual([200, 200]);
    expect(new Set([fresh.body.round_id, unkeyed.body.round_id, roundId]).size).toBe(3);
  });

  it(`${RETRIES} concurrent retries of one crash bet: one round, the stake taken once, every answer that round`, async () => {
    const player = await signUpPlayer(api);
    const key = `crash-${randomUUID()}`;
    const body = { bet: 100, auto_cashout: 1.5 };
    const answers = await Promise.all(Array.from({ length: RETRIES }, () => play(player, '/api/games/crash/bet', body, key)));
    const roundId = roundIdFor(player.id, key);
    expect(answers.map((a) => a.body.round_id)).toEqual(Array(RETRIES).fill(roundId));
    // The bet that placed it answers 201; every retry 200, never 409 round_active.
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(RETRIES - 1);
    expect(await api.deps.prisma.crashRound.count({ where: { userId: player.id } })).toBe(1);
    expect((await ledgerOf(roundId))[0]).toEqual(['game_bet', -100]);
    expect((await ledgerOf(roundId)).filter(([reason]) => reason === 'game_bet')).toHaveLength(1);

    // The round goes on and settles once; a retry afterwards answers it as it is now.
    await expect.poll(async () => (await api.deps.prisma.crashRound.findUniqueOrThrow({ where: { id: roundId } })).status, { timeout: 60_000 }).not.toBe('running');
    const settled = await api.deps.prisma.crashRound.findUniqueOrThrow({ where: { id: roundId } });
    const payout = settled.payout ?? 0;
    const after = await play(player, '/api/games/crash/bet', body, key);
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ round_id: roundId, status: settled.status });
    expect(await ledgerOf(roundId)).toEqual(payout > 0 ? [['game_bet', -100], ['game_payout', payout]] : [['game_bet', -100]]);
    expect(await balanceOf(player)).toBe(1_000 - 100 + payout);
    const otherTarget = await play(player, '/api/games/crash/bet', { bet: 100, auto_cashout: 2 }, key);
    expect(otherTarget.status).toBe(422);
    expect(otherTarget.body.error.code).toBe('idempotency_key_reused');
    console.log(`[plays] ${RETRIES} concurrent retries of one crash bet: 1 round (${roundId}, ${settled.status}), 1 stake, 1 answer 201 and ${RETRIES - 1} answers 200`);
  });

  it('a throw and a pull answer the same round when retried, even once the daily pulls are used up', async () => {
    const player = await signUpPlayer(api);
    const throwKey = `rps-${randomUUID()}`;
    const first = await play(player, '/api/games/rps/play', { bet_amount: 20, choice: 'paper' }, throwKey);
    const again = await play(player, '/api/games/rps/play', { bet_amount: 20, choice: 'paper' }, throwKey);
    expect([first.status, again.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect((await play(player, '/api/games/rps/play', { bet_amount: 20, choice: 'rock' }, throwKey)).status).toBe(422);

    // A single pull costs more than the starting gold.
    await setBalance(api.deps.prisma, player.id, 100_000);
    const pullKey = `gacha-${randomUUID()}`;
    const pull = await play(player, '/api/games/gacha/pull', { count: 1 }, pullKey);
    expect(pull.status).toBe(200);
    // Use up today's pulls: the retry is not a new pull, so the limit does not refuse it.
    for (let used = pull.body.daily_used; used < pull.body.daily_limit; used++) expect((await play(player, '/api/games/gacha/pull', { count: 1 })).status).toBe(200);
    expect((await play(player, '/api/games/gacha/pull', { count: 1 })).status).toBe(429);
    const retried = await play(player, '/api/games/gacha/pull', { count: 1 }, pullKey);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ round_id: pull.body.round_id, items: pull.body.items, cost_used: pull.body.cost_used, pity_counter: pull.body.pity_counter });
    expect((await play(player, '/api/games/gacha/pull', { count: 10 }, pullKey)).status).toBe(422);
    expect(await ledgerOf(pull.body.round_id)).toHaveLength(pull.body.payout > 0 ? 2 : 1);
  });

  it('refuses a key off its documented pattern with 400, playing nothing', async () => {
    const player = await signUpPlayer(api);
    for (const key of ['short', 'x'.repeat(201), 'has space inside']) {
      const res = await play(player, '/api/games/slots/spin', { bet_amount: 10 }, key);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', details: { issues: [{ path: 'headers.Idempotency-Key' }] } });
    }
    expect(await api.deps.prisma.gameRound.count({ where: { userId: player.id } })).toBe(0);
    const doc = (await http(api.baseUrl, 'GET', '/openapi.json')).body;
    const header = doc.paths['/api/games/slots/spin'].post.parameters.find((p: { name: string }) => p.name === 'Idempotency-Key');
    expect(header).toMatchObject({ in: 'header', required: false, schema: { type: 'string', pattern: expect.any(String) } });
  });
});
