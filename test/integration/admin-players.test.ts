import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { seedCatalog } from '../../services/shop/seed-catalog.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

describe('operators: players, bans and single grants', () => {
  const config = testConfig();
  let api: TestApi;
  let admin: TestPlayer;
  beforeAll(async () => {
    api = await startTestApi(config);
    await seedCatalog(api.deps.prisma);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await api?.close();
  });

  const me = (p: { auth: { authorization: string } }) => http(api.baseUrl, 'GET', '/api/auth/me', { headers: p.auth });
  const as = (who: TestPlayer, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    http(api.baseUrl, method, path, { headers: { ...who.auth, ...headers }, body });
  const login = (p: TestPlayer) => http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: p.loginId, password: p.password } });

  it("a ban refuses the player's existing access token on the very next request, and login and refresh answer 403 account_banned", async () => {
    const player = await signUpPlayer(api);
    expect((await me(player)).status).toBe(200);
    const ban = await as(admin, 'POST', `/api/admin/players/${player.id}/ban`, { reason: 'chargeback fraud' });
    expect(ban.status).toBe(200);
    expect(ban.body).toMatchObject({ id: player.id, banned: true, ban_reason: 'chargeback fraud' });
    const next = await me(player);
    expect(next.status).toBe(401);
    const loggedIn = await login(player);
    expect(loggedIn.status).toBe(403);
    expect(loggedIn.body.error.code).toBe('account_banned');
    const refreshed = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: player.refreshToken } });
    expect([401, 403]).toContain(refreshed.status);

    const unban = await as(admin, 'POST', `/api/admin/players/${player.id}/unban`, { reason: 'appeal accepted' });
    expect(unban.status).toBe(200);
    expect(unban.body.banned).toBe(false);
    const again = await login(player);
    expect(again.status).toBe(200);
    expect((await me({ auth: { authorization: `Bearer ${again.body.tokens.access_token}` } })).status).toBe(200);
    // The token from before the ban stays refused.
    expect((await me(player)).status).toBe(401);
    const audit = await api.deps.prisma.auditLog.findMany({ where: { targetId: player.id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.reason, a.adminId])).toEqual([
      ['player.ban', 'chargeback fraud', admin.id],
      ['player.unban', 'appeal accepted', admin.id],
    ]);
    expect(audit[0]!.requestId).toBeTruthy();
    expect(audit[0]!.before).toEqual({ banned: false, ban_reason: null });
  });

  it('the ban holds even when the cached token generation is gone (PostgreSQL is the truth)', async () => {
    const player = await signUpPlayer(api);
    expect((await as(admin, 'POST', `/api/admin/players/${player.id}/ban`, { reason: 'bot farm' })).status).toBe(200);
    await api.deps.redis.del(`auth:gen:${player.id}`);
    expect((await me(player)).status).toBe(401);
  });

  it('a role change takes effect at once: the old token is refused and a refresh carries the new role', async () => {
    const player = await signUpPlayer(api);
    expect((await as(player, 'GET', '/api/admin/players')).status).toBe(403);
    const res = await as(admin, 'PATCH', `/api/admin/players/${player.id}`, { role: 'ADMIN', reason: 'new support hire' });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('ADMIN');
    expect((await me(player)).status).toBe(401);
    const refreshed = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: player.refreshToken } });
    expect(refreshed.status).toBe(200);
    const promoted = { auth: { authorization: `Bearer ${refreshed.body.tokens.access_token}` } };
    expect((await http(api.baseUrl, 'GET', '/api/admin/players', { headers: promoted.auth })).status).toBe(200);
    const audit = await api.deps.prisma.auditLog.findFirstOrThrow({ where: { targetId: player.id, action: 'player.role_change' } });
    expect(audit.before).toEqual({ role: 'STANDARD' });
    expect(audit.after).toEqual({ role: 'ADMIN' });
  });

  it('an operator cannot ban themself, and bad input changes nothing', async () => {
    const self = await as(admin, 'POST', `/api/admin/players/${admin.id}/ban`, { reason: 'oops' });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('cannot_ban_self');
    const player = await signUpPlayer(api);
    expect((await as(admin, 'POST', `/api/admin/players/${player.id}/ban`, { reason: '' })).status).toBe(400);
    expect((await as(admin, 'POST', `/api/admin/players/not-a-uuid/ban`, { reason: 'fraud' })).status).toBe(400);
    expect((await as(admin, 'POST', `/api/admin/players/${randomUUID()}/ban`, { reason: 'fraud' })).status).toBe(404);
    expect((await as(admin, 'PATCH', `/api/admin/players/${player.id}`, { reason: 'nothing to change' })).status).toBe(400);
    expect((await me(player)).status).toBe(200);
    expect(await api.deps.prisma.auditLog.count({ where: { targetId: player.id } })).toBe(0);
  });

  it('edits nickname and phone with the before and after audited; a taken nickname is 409', async () => {
    const player = await signUpPlayer(api);
    const other = await signUpPlayer(api);
    const nickname = `Renamed ${randomUUID().slice(0, 6)}`;
    const res = await as(admin, 'PATCH', `/api/admin/players/${player.id}`, { nickname, phone: '+82-10-5555-0000', reason: 'offensive nickname' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ nickname, phone: '+82-10-5555-0000', role: 'STANDARD' });
    expect((await me(player)).status).toBe(200); // no role change: the session lives on
    const taken = await as(admin, 'PATCH', `/api/admin/players/${player.id}`, { nickname: other.nickname, reason: 'swap' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('nickname_taken');
    const audit = await api.deps.prisma.auditLog.findMany({ where: { targetId: player.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'player.update', before: { nickname: player.nickname, phone: null }, after: { nickname, phone: '+82-10-5555-0000' } });
  });

  it('finds players by id, login id prefix, nickname prefix (any case) and receipt code, paged', async () => {
    const tag = randomUUID().slice(0, 6);
    const players = [];
    for (let i = 0; i < 3; i++) {
      const p = await signUpPlayer(api);
      await api.deps.prisma.user.update({ where: { id: p.id }, data: { nickname: `Srch${tag} ${i}` } });
      players.push(p);
    }
    const byNick = await as(admin, 'GET', `/api/admin/players?q=srch${tag}&limit=2`);
    expect(byNick.status).toBe(200);
    expect(byNick.body.items).toHaveLength(2);
    expect(byNick.body.next_offset).toBe(2);
    const rest = await as(admin, 'GET', `/api/admin/players?q=SRCH${tag}&limit=2&offset=2`);
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.next_offset).toBeNull();
    expect(new Set([...byNick.body.items, ...rest.body.items].map((p: { id: string }) => p.id))).toEqual(new Set(players.map((p) => p.id)));

    const target = players[0]!;
    expect((await as(admin, 'GET', `/api/admin/players?q=${target.id}`)).body.items.map((p: { id: string }) => p.id)).toEqual([target.id]);
    expect((await as(admin, 'GET', `/api/admin/players?q=${target.loginId.slice(0, 8).toUpperCase()}`)).body.items.map((p: { id: string }) => p.id)).toContain(target.id);
    // A LIKE wildcard is a literal character, not "everyone".
    expect((await as(admin, 'GET', `/api/admin/players?q=%25`)).body.items).toEqual([]);

    const product = await api.deps.prisma.product.findFirstOrThrow({ where: { deletedAt: null } });
    const receipt = `RC-${randomUUID().slice(0, 8).toUpperCase()}`;
    await api.deps.prisma.purchase.create({
      data: { receiptCode: receipt, userId: target.id, productId: product.id, idempotencyKey: randomUUID(), requestHash: 'x', gold: product.gold, amountCents: product.listPriceCents, currency: 'USD', workflowId: `purchase:${receipt}` },
    });
    expect((await as(admin, 'GET', `/api/admin/players?q=${receipt}`)).body.items.map((p: { id: string }) => p.id)).toEqual([target.id]);

    const detail = await as(admin, 'GET', `/api/admin/players/${target.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body.player).toMatchObject({ id: target.id, gold_balance: 1000, banned: false });
    expect(detail.body.ledger).toMatchObject([{ reason: 'signup_bonus', delta: 1000 }]);
    expect(detail.body.purchases.map((p: { receipt_code: string }) => p.receipt_code)).toEqual([receipt]);
    expect(detail.body.sessions.length).toBeGreaterThanOrEqual(1);
    expect((await as(admin, 'GET', `/api/admin/players/${randomUUID()}`)).status).toBe(404);
  });

  it('a single grant pays once through the ledger (admin_grant, grant id), replays on the same key, refuses banned players', async () => {
    const player = await signUpPlayer(api);
    const key = randomUUID();
    const grant = () => as(admin, 'POST', `/api/admin/players/${player.id}/grants`, { amount: 2_500, reason: 'compensation for outage' }, { 'idempotency-key': key });
    const [a, b] = await Promise.all([grant(), grant()]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.grant_id).toBe(b.body.grant_id);
    expect((await me(player)).body.gold_balance).toBe(3_500);
    const entries = await api.deps.prisma.ledgerEntry.findMany({ where: { userId: player.id, reason: 'admin_grant' } });
    expect(entries.map((e) => [e.ref, e.delta])).toEqual([[a.body.grant_id, 2_500]]);
    expect(await api.deps.prisma.auditLog.count({ where: { targetId: player.id, action: 'player.grant_gold' } })).toBe(1);
    expect((await as(admin, 'POST', `/api/admin/players/${player.id}/grants`, { amount: 0, reason: 'zero' }, { 'idempotency-key': randomUUID() })).status).toBe(400);
    expect((await as(admin, 'POST', `/api/admin/players/${player.id}/grants`, { amount: 10, reason: 'no key' })).status).toBe(400);

    expect((await as(admin, 'POST', `/api/admin/players/${player.id}/ban`, { reason: 'fraud ring' })).status).toBe(200);
    const refused = await as(admin, 'POST', `/api/admin/players/${player.id}/grants`, { amount: 10, reason: 'after ban' }, { 'idempotency-key': randomUUID() });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('player_banned');
  });

  it('the dashboard counts players, online players, revenue and pending purchases, and the pending-purchases alert goes pending past 20', async () => {
    const buyer = await signUpPlayer(api);
    expect((await me(buyer)).status).toBe(200); // an authenticated request: online now
    const product = await api.deps.prisma.product.findFirstOrThrow({ where: { deletedAt: null } });
    const receipts: string[] = [];
    for (let i = 0; i < 22; i++) {
      const receipt = `RC-${randomUUID().slice(0, 8).toUpperCase()}`;
      receipts.push(receipt);
      await api.deps.prisma.purchase.create({
        data: { receiptCode: receipt, userId: buyer.id, productId: product.id, idempotencyKey: randomUUID(), requestHash: 'x', gold: 1, amountCents: 100, currency: 'USD', status: i === 0 ? 'success' : 'pending', completedAt: i === 0 ? new Date() : null, workflowId: `purchase:${receipt}` },
      });
    }
    try {
      const stats = async () => (await as(admin, 'GET', '/api/admin/stats')).body;
      // Figures are cached for 5 s: wait for a computation that includes the rows above.
      await expect.poll(async () => (await stats()).purchases_pending, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(21);
      const s = await stats();
      expect(s.total_players).toBeGreaterThanOrEqual(2);
      expect(s.online_now).toBeGreaterThanOrEqual(2);
      expect(s.revenue_cents_today).toBeGreaterThanOrEqual(100);
      expect(s.revenue_cents_total).toBeGreaterThanOrEqual(s.revenue_cents_today);
      expect(s.http.requests_5m).toBeGreaterThan(0);
      // Above 20 now: pending until it has held for 5 minutes (the unit test of evaluateAlerts covers the firing side).
      const pendingAlert = s.alerts.find((a: { name: string }) => a.name === 'PendingPurchasesHigh');
      expect(pendingAlert).toMatchObject({ state: 'pending', firing: false, threshold: 20, for_seconds: 300 });
      expect(Date.parse(pendingAlert.since)).toBeLessThanOrEqual(Date.now());
      expect(s.alerts.map((a: { name: string }) => a.name).sort()).toEqual(['HttpErrorRateHigh', 'HttpLatencyHigh', 'OutboxBacklogGrowing', 'PendingPurchasesHigh', 'WorkerTaskLatencyHigh']);
      // Temporal's task queue stats answer: the worker-latency condition is known, not null.
      expect(typeof s.workflow_task_backlog_age_seconds).toBe('number');
      expect((await http(api.baseUrl, 'GET', '/api/admin/stats', { headers: buyer.auth })).status).toBe(403);
    } finally {
      await api.deps.prisma.purchase.updateMany({ where: { receiptCode: { in: receipts }, status: 'pending' }, data: { status: 'failed', failureReason: 'test cleanup' } });
    }
  });
});
