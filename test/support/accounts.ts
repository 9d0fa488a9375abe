import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../lib/db/client.ts';
import { http, type TestApi } from './harness.ts';

/** Creates an unlimited invite code with a unique code and returns it. */
export async function createInviteCode(prisma: PrismaClient, opts: { maxUses?: number | null; expiresAt?: Date | null } = {}) {
  return prisma.inviteCode.create({
    data: { code: `T${randomUUID().slice(0, 8)}`, maxUses: opts.maxUses ?? null, expiresAt: opts.expiresAt ?? null },
  });
}

/** A player created through the real signup endpoint, with the password used and the tokens issued. */
export interface TestPlayer {
  id: string;
  loginId: string;
  nickname: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  auth: { authorization: string };
}

/**
 * Signs a player up through the API (starting gold and all). With `role`, promotes the
 * account in the database and logs in again so the token carries the role.
 */
export async function signUpPlayer(api: TestApi, opts: { role?: 'STANDARD' | 'VIP' | 'ADMIN'; password?: string } = {}): Promise<TestPlayer> {
  const invite = await createInviteCode(api.deps.prisma);
  const suffix = randomUUID().slice(0, 8);
  const body = { login_id: `p_${suffix}`, nickname: `Player ${suffix}`, password: opts.password ?? 'correct horse battery', invite_code: invite.code };
  const res = await http(api.baseUrl, 'POST', '/api/auth/signup', { body });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${JSON.stringify(res.body)}`);
  let tokens = res.body.tokens;
  if (opts.role && opts.role !== 'STANDARD') {
    await api.deps.prisma.user.update({ where: { id: res.body.user.id }, data: { role: opts.role } });
    const login = await http(api.baseUrl, 'POST', '/api/auth/login', { body: { login_id: body.login_id, password: body.password } });
    tokens = login.body.tokens;
  }
  return {
    id: res.body.user.id,
    loginId: body.login_id,
    nickname: body.nickname,
    password: body.password,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    auth: { authorization: `Bearer ${tokens.access_token}` },
  };
}
