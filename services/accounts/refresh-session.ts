import { z } from 'zod';
import { revokeSessionAccess } from '../../lib/auth/revocation.ts';
import { hashRefreshToken } from '../../lib/auth/tokens.ts';
import { AppError, type ErrorCode } from '../../lib/errors.ts';
import { issueTokens, type TokensView } from './create-session.ts';
import type { AccountDeps, ClientInfo } from './deps.ts';
import { TOKEN_CHARS } from '../../lib/text.ts';

/** Body of `POST /api/auth/refresh`. */
export const ZRefreshRequest = z.object({ refresh_token: z.string().min(20).max(200).regex(TOKEN_CHARS, 'is not a refresh token') });

const unauthorized = (code: ErrorCode, message: string) => new AppError(code, message);

/** Revokes every session of a user: refresh tokens in PostgreSQL, access tokens via Redis. */
export async function revokeAllSessions(deps: AccountDeps, userId: string): Promise<void> {
  const families = await deps.prisma.refreshToken.findMany({ where: { userId }, distinct: ['familyId'], select: { familyId: true } });
  await deps.prisma.refreshToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await revokeSessionAccess(deps.redis, families.map((f) => f.familyId), deps.tokens.accessTtlSeconds);
}

/**
 * Rotates a refresh token: the presented one is spent and a new one of the same family is
 * issued (the family's absolute expiry does not move). Presenting a spent token is reuse:
 * every session of the user is revoked and the answer is 401 `refresh_token_reused`.
 */
export async function refreshSession(deps: AccountDeps, refreshToken: string, client: ClientInfo): Promise<TokensView> {
  const tokenHash = hashRefreshToken(refreshToken);
  const outcome = await deps.prisma.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<
      { id: string; user_id: string; family_id: string; expires_at: Date; rotated_at: Date | null; revoked_at: Date | null }[]
    >`SELECT id, user_id, family_id, expires_at, rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = ${tokenHash} FOR UPDATE`;
    if (!row) return { kind: 'invalid' as const };
    if (row.rotated_at) return { kind: 'reused' as const, userId: row.user_id };
    if (row.revoked_at) return { kind: 'invalid' as const };
    if (row.expires_at <= new Date()) return { kind: 'expired' as const };
    await tx.refreshToken.update({ where: { id: row.id }, data: { rotatedAt: new Date() } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: row.user_id } });
    return { kind: 'ok' as const, user, familyId: row.family_id, expiresAt: row.expires_at };
  });
  switch (outcome.kind) {
    case 'invalid':
      throw unauthorized('refresh_token_invalid', 'This refresh token is not valid');
    case 'expired':
      throw unauthorized('refresh_token_expired', 'This session has expired; log in again');
    case 'reused':
      await revokeAllSessions(deps, outcome.userId);
      throw unauthorized('refresh_token_reused', 'This refresh token was already used; every session has been signed out');
  }
  if (outcome.user.bannedAt) throw new AppError('account_banned', 'This account is banned');
  return issueTokens(deps, { userId: outcome.user.id, role: outcome.user.role, generation: outcome.user.tokenGeneration, familyId: outcome.familyId, expiresAt: outcome.expiresAt, client });
}
