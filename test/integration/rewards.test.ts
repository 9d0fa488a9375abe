import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const DAY = 86_400;

describe('daily streak and VIP claims', () => {
  // Concurrent claims queue on one row: enough connections that 50 of them wait, not fail.
  const config = testConfig({ DATABASE_POOL_SIZE: '20' });
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(config);
  });
  afterAll(async () => {
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await api?.close();
  });

  const post = (p: TestPlayer, path: string, body?: unknown) => http(api.baseUrl, 'POST', path, { headers: p.auth, body });
  const get = (p: TestPlayer, path: string) => http(api.baseUrl, 'GET', path, { headers: p.auth });
  /** Moves "today" of the daily rewards, as a deployment would through its configuration. */
  const setDay = (n: number) => {
    api.deps.config.REWARDS_CLOCK_OFFSET_SECONDS = n * DAY;
  };

  it('lets exactly one of 50 concurrent claims of the day through', async () => {
    setDay(0);
    const player = await signUpPlayer(api);
    const claims = await Promise.all(Array.from({ length: 50 }, () => post(player, '/api/rewards/streak/claim')));
    const ok = claims.filter((c) => c.status === 200);
    expect(ok, JSON.stringify(claims.filter((c) => c.status !== 409).map((c) => c.body))).toHaveLength(1);
    expect(claims.filter((c) => c.status === 409).every((c) => c.body.error.code === 'already_claimed')).toBe(true);
    expect(ok[0]!.body).toMatchObject({ streak: 1, streak_day: 1, gold: 150, xp: 10 });
    expect(await api.deps.prisma.ledgerEntry.count({ where: { userId: player.id, reason: 'streak' } })).toBe(1);
  });

  it('pays the day-7 bonus on the 7th consecutive day, then starts the cycle again', async () => {
    const player = await signUpPlayer(api);
    const paid: number[] = [];
    for (let day = 100; day < 108; day++) {
      setDay(day);
      const res = await post(player, '/api/rewards/streak/claim');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      paid.push(res.body.gold);
      expect((await post(player, '/api/rewards/streak/claim')).status).toBe(409);
    }
    expect(paid).toEqual([150, 150, 150, 150, 150, 150, 650, 150]);
    const view = await get(player, '/api/rewards/streak');
    expect(view.body).toMatchObject({ current_streak: 8, claimed_today: true, xp: 80, next_reward: { day: 2, gold: 150 } });
    const claimedDays = view.body.calendar.days.filter((d: { claimed: boolean }) => d.claimed);
    expect(claimedDays.length).toBeGreaterThanOrEqual(1);
    expect(view.body.calendar.days.find((d: { date: string }) => d.date === view.body.today)).toMatchObject({ claimed: true, streak_day: 1 });
    const entries = await api.deps.prisma.ledgerEntry.findMany({ where: { userId: player.id, reason: 'streak' } });
    expect(entries.reduce((a, e) => a + e.delta, 0)).toBe(150 * 8 + 500);
  });

  it('resets a broken streak, unless protection covers the one missed day (once per 7 days)', async () => {
    const unprotected = await signUpPlayer(api);
    setDay(200);
    await post(unprotected, '/api/rewards/streak/claim');
    setDay(201);
    await post(unprotected, '/api/rewards/streak/claim');
    setDay(203);
    expect((await get(unprotected, '/api/rewards/streak')).body.current_streak).toBe(0);
    expect((await post(unprotected, '/api/rewards/streak/claim')).body).toMatchObject({ streak: 1, protected_miss: null });

    const guarded = await signUpPlayer(api);
    const on = await http(api.baseUrl, 'PUT', '/api/rewards/streak/protection', { headers: guarded.auth, body: { enabled: true } });
    expect(on.body).toMatchObject({ protection_enabled: true, protection_available: true });
    setDay(300);
    await post(guarded, '/api/rewards/streak/claim');
    setDay(302); // day 301 missed
    expect((await get(guarded, '/api/rewards/streak')).body.current_streak).toBe(1);
    const covered = await post(guarded, '/api/rewards/streak/claim');
    expect(covered.body).toMatchObject({ streak: 2, protected_miss: expect.any(String) });
    setDay(304); // day 303 missed: protection was used 2 days ago
    expect((await post(guarded, '/api/rewards/streak/claim')).body).toMatchObject({ streak: 1, protected_miss: null });
    const bad = await http(api.baseUrl, 'PUT', '/api/rewards/streak/protection', { headers: guarded.auth, body: { enabled: 'yes' } });
    expect(bad.status).toBe(400);
  });

  it('gives VIP players one claim a day that scales with their tier; others get 403', async () => {
    setDay(0);
    const standard = await signUpPlayer(api);
    const refused = await post(standard, '/api/rewards/vip/claim');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('vip_required');
    expect((await get(standard, '/api/rewards/vip')).body).toMatchObject({ is_vip: false, can_claim: false, tier: { name: 'silver' }, next_tier: { name: 'gold' } });

    const vip = await signUpPlayer(api, { role: 'VIP' });
    await api.deps.prisma.user.update({ where: { id: vip.id }, data: { vipPoints: 6_000 } });
    expect((await get(vip, '/api/rewards/vip')).body).toMatchObject({ is_vip: true, can_claim: true, vip_points: 6_000, tier: { name: 'gold' }, next_tier: { name: 'platinum' }, points_to_next_tier: 14_000 });
    const claims = await Promise.all(Array.from({ length: 10 }, () => post(vip, '/api/rewards/vip/claim')));
    expect(claims.filter((c) => c.status === 200)).toHaveLength(1);
    expect(claims.filter((c) => c.status === 409).every((c) => c.body.error.code === 'already_claimed')).toBe(true);
    expect(claims.find((c) => c.status === 200)!.body).toMatchObject({ tier: 'gold', gold: 700 });
    expect((await get(vip, '/api/rewards/vip')).body).toMatchObject({ claimed_today: true, can_claim: false });
    setDay(1);
    expect((await post(vip, '/api/rewards/vip/claim')).status).toBe(200);
    expect(await api.deps.prisma.ledgerEntry.count({ where: { userId: vip.id, reason: 'vip_claim' } })).toBe(2);
    setDay(0);
  });
});
