import { randomUUID } from 'node:crypto';
import { SignJWT, importPKCS8 } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInviteCode, signUpPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('accounts and sessions', () => {
  const config = testConfig({ LOGIN_LOCK_SECONDS: '2' });
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await expectLedgerInvariant(api.deps.prisma);
    await api?.close();
  });

  const me = (token: string) => http(api.baseUrl, 'GET', '/api/auth/me', { headers: { authorization: `Bearer ${token}` } });

  describe('signup', () => {
    it('creates the account, grants the starting gold through the ledger and counts the invite use', async () => {
      const invite = await createInviteCode(api.deps.prisma, { maxUses: 5 });
      const res = await http(api.baseUrl, 'POST', '/api/auth/signup', {
        body: { login_id: `new_${randomUUID().slice(0, 6)}`, nickname: `Newbie ${randomUUID().slice(0, 6)}`, password: 'a long password', invite_code: invite.code, phone: '+82-10-1234-5678' },
      });
      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({ gold_balance: 1000, role: 'STANDARD', phone: '+82-10-1234-5678', vip_points: 0 });
      expect(res.body.tokens).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
      const ledger = await api.deps.prisma.ledgerEntry.findMany({ where: { userId: res.body.user.id } });
      expect(ledger).toMatchObject([{ delta: 1000, reason: 'signup_bonus', ref: res.body.user.id, balanceAfter: 1000 }]);
      expect((await api.deps.prisma.inviteCode.findUnique({ where: { id: invite.id } }))?.usedCount).toBe(1);
      expect((await me(res.body.tokens.access_token)).body.gold_balance).toBe(1000);
    });

    it.each([
      ['an unknown code', async () => 'NOPE-' + randomUUID().slice(0, 6)],
      ['an expired code', async () => (await createInviteCode(api.deps.prisma, { expiresAt: new Date(Date.now() - 1000) })).code],
      ['a used-up code', async () => (await createInviteCode(api.deps.prisma, { maxUses: 0 })).code],
    ])('refuses %s with 422 invite_code_invalid and creates nothing', async (_label, code) => {
      const loginId = `x_${randomUUID().slice(0, 8)}`;
      const res = await http(api.baseUrl, 'POST', '/api/auth/signup', {
        body: { login_id: loginId, nickname: `N ${loginId}`, password: 'a long password', invite_code: await code() },
      });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('invite_code_invalid');
      expect(await api.deps.prisma.user.count({ where: { loginId } })).toBe(0);
    });

    it('refuses a taken nickname or login id with 409 naming it', async () => {
      const player = await signUpPlayer(api);
      const invite = await createInviteCode(api.deps.prisma);
      const sameNick = await http(api.baseUrl, 'POST', '/api/auth/signup', {
        body: { login_id: `o_${randomUUID().slice(0, 8)}`, nickname: player.nickname, password: 'a long password', invite_code: invite.code },
      });
      expect(sameNick.status).toBe(409);
      expect(sameNick.body.error).toMatchObject({ code: 'nickname_taken', details: { field: 'nickname' } });
      const sameLogin = await http(api.baseUrl, 'POST', '/api/auth/signup', {
        body: { login_id: player.loginId, nickname: `o ${randomUUID().slice(0, 8)}`, password: 'a long password', invite_code: invite.code },
      });
      expect(sameLogin.status).toBe(409);
      expect(sameLogin.body.error.code).toBe('login_id_taken');
      // The failed attempts did not count as uses of the invite code.
      expect((await api.deps.prisma.inviteCode.findUnique({ where: { id: invite.id } }))?.usedCount).toBe(0);
    });

    it('refuses a short password and a bad login id with 400 naming both fields', async () => {
      const res = await http(api.baseUrl, 'POST', '/api/auth/signup', { body: { login_id: 'a b', nickname: 'Okay', password: 'short', invite_code: 'X' } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toEqual(['body.login_id', 'body.password']);
    });
  });

  describe('login and lockout', () => {
    it('answers a wrong password and an unknown login id alike with 401 invalid_credentials', async () => {
      const player = await signUpPlayer(api);
      for (const body of [{ login_id: player.loginId, password: 'wrong password' }, { login_id: 'nobody_here', password: 'whatever1' }]) {
        const res = await http(api.baseUrl, 'POST', '/api/auth/login', { body });
        expect(res.status).toBe(401);
        expect(res.body.error.code).toBe('invalid_credentials');
      }
    });

    it('locks the account after five wrong passwords, refuses even the right one, then lets it in after the window', async () => {
      const player = await signUpPlayer(api);
      for (let i = 0; i < 5; i++) {
        const res = await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: 'wrong password' } });
        expect(res.status).toBe(401);
      }
      const sixth = await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: player.password } });
      expect(sixth.status).toBe(429);
      expect(sixth.body.error.code).toBe('login_locked');
      expect(sixth.body.error.details.retry_after_seconds).toBeGreaterThan(0);
      expect(sixth.body.error.details.retry_after_seconds).toBeLessThanOrEqual(2);
      expect(sixth.headers.get('retry-after')).toBe(String(sixth.body.error.details.retry_after_seconds));
      await sleep(2_200);
      const later = await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: player.password } });
      expect(later.status).toBe(200);
      expect((await api.deps.prisma.user.findUnique({ where: { id: player.id } }))?.failedLogins).toBe(0);
    });
  });

  describe('refresh rotation', () => {
    it('rotates the refresh token and treats a rotated one presented again as reuse that kills every session', async () => {
      const player = await signUpPlayer(api);
      const other = await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: player.password } });
      const otherTokens = other.body.tokens;
      expect((await me(otherTokens.access_token)).status).toBe(200);

      const rotated = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: player.refreshToken } });
      expect(rotated.status).toBe(200);
      expect(rotated.body.tokens.refresh_token).not.toBe(player.refreshToken);

      const reuse = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: player.refreshToken } });
      expect(reuse.status).toBe(401);
      expect(reuse.body.error.code).toBe('refresh_token_reused');

      // Every session of that user is dead: access tokens and refresh tokens alike.
      for (const token of [player.accessToken, rotated.body.tokens.access_token, otherTokens.access_token]) expect((await me(token)).status).toBe(401);
      for (const refresh of [rotated.body.tokens.refresh_token, otherTokens.refresh_token]) {
        expect((await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: refresh } })).status).toBe(401);
      }
      // Logging in again works.
      expect((await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: player.password } })).status).toBe(200);
    });

    it('keeps the session absolute expiry through rotations', async () => {
      const player = await signUpPlayer(api);
      const a = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: player.refreshToken } });
      const b = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: a.body.tokens.refresh_token } });
      expect(b.body.tokens.refresh_expires_at).toBe(a.body.tokens.refresh_expires_at);
    });

    it('answers an unknown refresh token with 401 refresh_token_invalid', async () => {
      const res = await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: 'x'.repeat(43) } });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('refresh_token_invalid');
    });
  });

  describe('logout', () => {
    it('refuses the logged-out access token and its refresh token, but not another session', async () => {
      const player = await signUpPlayer(api);
      const other = (await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: player.password } })).body.tokens;
      expect((await http(api.baseUrl, 'POST', '/api/auth/logout', { headers: player.auth, body: {} })).status).toBe(204);
      expect((await me(player.accessToken)).status).toBe(401);
      expect((await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: player.refreshToken } })).status).toBe(401);
      expect((await me(other.access_token)).status).toBe(200);
    });

    it('logout-all ends every session', async () => {
      const player = await signUpPlayer(api);
      const other = (await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: player.loginId, password: player.password } })).body.tokens;
      expect((await http(api.baseUrl, 'POST', '/api/auth/logout-all', { headers: player.auth })).status).toBe(204);
      expect((await me(player.accessToken)).status).toBe(401);
      expect((await me(other.access_token)).status).toBe(401);
      expect((await http(api.baseUrl, 'POST', '/api/auth/refresh', { body: { refresh_token: other.refresh_token } })).status).toBe(401);
    });
  });

  describe('access tokens that must be refused', () => {
    let player: Awaited<ReturnType<typeof signUpPlayer>>;
    let key: Awaited<ReturnType<typeof importPKCS8>>;
    beforeAll(async () => {
      player = await signUpPlayer(api);
      key = await importPKCS8(config.JWT_PRIVATE_KEY, 'ES256');
    });
    const claims = () => ({ role: 'STANDARD', sid: randomUUID() });
    const sign = (mutate: (j: SignJWT) => SignJWT, kid = config.JWT_KID) =>
      mutate(new SignJWT(claims()).setProtectedHeader({ alg: 'ES256', kid }).setSubject(player.id).setJti(randomUUID()).setIssuedAt().setIssuer(config.JWT_ISSUER))
        .sign(key);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

    it('accepts a well-formed token signed with our key (control)', async () => {
      const token = await sign((j) => j.setAudience(config.JWT_AUDIENCE).setExpirationTime('5m'));
      expect((await me(token)).status).toBe(200);
    });

    it.each([
      ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: player.id, role: 'ADMIN', sid: randomUUID(), jti: randomUUID(), iat: 1, exp: 9_999_999_999, iss: config.JWT_ISSUER, aud: config.JWT_AUDIENCE })}.`],
      ['a wrong kid', async () => sign((j) => j.setAudience(config.JWT_AUDIENCE).setExpirationTime('5m'), 'someone-else')],
      ['another audience', async () => sign((j) => j.setAudience('another-api').setExpirationTime('5m'))],
      ['an expired exp', async () => sign((j) => j.setAudience(config.JWT_AUDIENCE).setExpirationTime(Math.floor(Date.now() / 1000) - 60))],
      ['a tampered payload', async () => {
        const [h, , s] = player.accessToken.split('.');
        const payload = JSON.parse(Buffer.from(player.accessToken.split('.')[1]!, 'base64url').toString());
        return `${h}.${b64({ ...payload, role: 'ADMIN' })}.${s}`;
      }],
      ['garbage', async () => 'not.a.token'],
    ])('refuses %s with 401', async (_label, make) => {
      const res = await me(await make());
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    });

    it('answers a request without credentials with 401', async () => {
      expect((await http(api.baseUrl, 'GET', '/api/auth/me')).status).toBe(401);
    });
  });

  describe('profile', () => {
    it('edits nickname and phone, clears the phone with null, and refuses a taken nickname', async () => {
      const player = await signUpPlayer(api);
      const other = await signUpPlayer(api);
      const edited = await http(api.baseUrl, 'PATCH', '/api/auth/me', { headers: player.auth, body: { nickname: `Renamed ${player.id.slice(0, 6)}`, phone: '010-5555-0000' } });
      expect(edited.status).toBe(200);
      expect(edited.body).toMatchObject({ nickname: `Renamed ${player.id.slice(0, 6)}`, phone: '010-5555-0000' });
      const cleared = await http(api.baseUrl, 'PATCH', '/api/auth/me', { headers: player.auth, body: { phone: null } });
      expect(cleared.body.phone).toBeNull();
      const taken = await http(api.baseUrl, 'PATCH', '/api/auth/me', { headers: player.auth, body: { nickname: other.nickname } });
      expect(taken.status).toBe(409);
      expect(taken.body.error.code).toBe('nickname_taken');
      const bad = await http(api.baseUrl, 'PATCH', '/api/auth/me', { headers: player.auth, body: { phone: 'call me' } });
      expect(bad.status).toBe(400);
      expect((await me(player.accessToken)).body.nickname).toBe(`Renamed ${player.id.slice(0, 6)}`);
    });
  });
});

describe('rate limits on login and signup', () => {
  const config = testConfig({ RATE_LIMIT_LOGIN_PER_IP: '3', RATE_LIMIT_SIGNUP_PER_IP: '100000', RATE_LIMIT_WINDOW_SECONDS: '30' });
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(config);
    // Limits are per IP, and every test client is 127.0.0.1: start from a clean count.
    await api.deps.redis.del('rl:login:ip:127.0.0.1');
  });
  afterAll(async () => {
    await api.deps.redis.del('rl:login:ip:127.0.0.1');
    await api?.close();
  });

  it('answers the fourth login in the window with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 4; i++) {
      last = await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: `nobody_${i}`, password: 'whatever1' } });
      statuses.push(last.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(last!.body.error.code).toBe('rate_limited');
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
