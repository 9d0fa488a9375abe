import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { setBalance } from '../support/games.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

// VIP points are earned by wagering, in the same statement that settles the round: 1 point per
// 100 gold wagered over all of the player's rounds (what is below 100 carries over), and a
// STANDARD player reaching VIP_PROMOTION_POINTS becomes VIP there and then.
describe('VIP points earned by playing', () => {
  const config = testConfig({ VIP_PROMOTION_POINTS: '10', GAME_RATE_LIMIT_PER_WINDOW: '100000', DATABASE_POOL_SIZE: '20' });
  let api: TestApi;
  const userOf = (id: string) => api.deps.prisma.user.findUniqueOrThrow({ where: { id }, select: { vipPoints: true, role: true, goldBalance: true } });

  beforeAll(async () => {
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await api?.close();
  });

  it('earns 1 point per 100 gold wagered, carrying the remainder from round to round and across games', async () => {
    const player = await signUpPlayer(api);
    const spin = (bet: number) => http(api.baseUrl, 'POST', '/api/games/slots/spin', { body: { bet_amount: bet }, headers: player.auth });
    expect((await spin(150)).status).toBe(200);
    expect((await userOf(player.id)).vipPoints).toBe(1); // 150 wagered
    expect((await spin(40)).status).toBe(200);
    expect((await userOf(player.id)).vipPoints).toBe(1); // 190
    const rps = await http(api.baseUrl, 'POST', '/api/games/rps/play', { body: { choice: 'rock', bet_amount: 10 }, headers: player.auth });
    expect(rps.status).toBe(200);
    expect((await userOf(player.id)).vipPoints).toBe(2); // 200: the remainders of three rounds in two games add up
    // A refused round earns nothing.
    await setBalance(api.deps.prisma, player.id, 5);
    expect((await spin(100)).status).toBe(409);
    expect(await userOf(player.id)).toMatchObject({ vipPoints: 2, goldBalance: 5 });
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('makes a STANDARD player VIP in the round that reaches the threshold, and never demotes', async () => {
    const player = await signUpPlayer(api);
    await setBalance(api.deps.prisma, player.id, 10_000);
    const spin = (bet: number) => http(api.baseUrl, 'POST', '/api/games/slots/spin', { body: { bet_amount: bet }, headers: player.auth });
    for (let i = 0; i < 9; i++) expect((await spin(100)).status).toBe(200);
    expect(await userOf(player.id)).toMatchObject({ vipPoints: 9, role: 'STANDARD' });
    expect((await spin(100)).status).toBe(200);
    expect(await userOf(player.id)).toMatchObject({ vipPoints: 10, role: 'VIP' });
    // The promotion was written by the round's own statement: the round and the role change
    // are one commit, so no round exists that reached 10 points with the player still STANDARD.
    expect((await spin(100)).status).toBe(200);
    expect(await userOf(player.id)).toMatchObject({ vipPoints: 11, role: 'VIP' });

    // Operators are never "promoted" to VIP by playing.
    const admin = await signUpPlayer(api, { role: 'ADMIN' });
    await setBalance(api.deps.prisma, admin.id, 5_000);
    const adminSpin = await http(api.baseUrl, 'POST', '/api/games/slots/spin', { body: { bet_amount: 1_000 }, headers: admin.auth });
    expect(adminSpin.status).toBe(200);
    expect(await userOf(admin.id)).toMatchObject({ vipPoints: 10, role: 'ADMIN' });
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('counts every one of many rounds of one player sent at once: lost nonce races are replayed, none lost, none doubled', async () => {
    const player = await signUpPlayer(api);
    await setBalance(api.deps.prisma, player.id, 100_000);
    const answers = await Promise.all(
      Array.from({ length: 24 }, () => http(api.baseUrl, 'POST', '/api/games/slots/spin', { body: { bet_amount: 50 }, headers: player.auth })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(24).fill(200));
    const nonces = answers.map((a) => a.body.fairness.nonce as number).sort((a, b) => a - b);
    expect(nonces).toEqual(Array.from({ length: 24 }, (_, i) => i));
    const payouts = answers.reduce((sum, a) => sum + (a.body.payout as number), 0);
    expect(await userOf(player.id)).toMatchObject({ vipPoints: 12, goldBalance: 100_000 - 24 * 50 + payouts });
    const rounds = await api.deps.prisma.gameRound.count({ where: { userId: player.id } });
    expect(rounds).toBe(24);
    await expectLedgerInvariant(api.deps.prisma);
  });
});
