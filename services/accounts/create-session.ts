import { randomUUID } from 'node:crypto';
import { hashRefreshToken, newRefreshToken } from '../../lib/auth/tokens.ts';
import type { User } from '../../generated/prisma/client.ts';
import type { AccountDeps, ClientInfo } from './deps.ts';

/** The token pair a login, signup or refresh answers with. */
export interface TokensView {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_expires_at: string;
}

/** Starts a new session (refresh-token family) for a user and issues its first token pair. */
export async function createSession(deps: AccountDeps, user: Pick<User, 'id' | 'role' | 'tokenGeneration'>, client: ClientInfo): Promise<TokensView> {
  const familyId = randomUUID();
  const expiresAt = new Date(Date.now() + deps.config.REFRESH_TOKEN_TTL_SECONDS * 1000);
  return issueTokens(deps, { userId: user.id, role: user.role, generation: user.tokenGeneration, familyId, expiresAt, client });
}

/** Stores a new refresh token of a family (hash only) and signs an access token for it. */
export async function issueTokens(
  deps: AccountDeps,
  opts: { userId: string; role: User['role']; generation: number; familyId: string; expiresAt: Date; client: ClientInfo },
): Promise<TokensView> {
  const refresh = newRefreshToken();
  await deps.prisma.refreshToken.create({
    data: {
      userId: opts.userId,
      familyId: opts.familyId,
      tokenHash: hashRefreshToken(refresh),
      expiresAt: opts.expiresAt,
      userAgent: opts.client.userAgent?.slice(0, 300) ?? null,
      ip: opts.client.ip?.slice(0, 64) ?? null,
    },
  });
  const access = await deps.tokens.signAccess({ sub: opts.userId, role: opts.role, sid: opts.familyId, gen: opts.generation });
  return {
    access_token: access.token,
    refresh_token: refresh,
    token_type: 'Bearer',
    expires_in: deps.tokens.accessTtlSeconds,
    refresh_expires_at: opts.expiresAt.toISOString(),
  };
}
