import { z } from 'zod';
import type { AccessClaims } from '../../lib/auth/tokens.ts';
import { revokeAccessToken, revokeSessionAccess } from '../../lib/auth/revocation.ts';
import type { AccountDeps } from './deps.ts';
import { revokeAllSessions } from './refresh-session.ts';
import { TOKEN_CHARS } from '../../lib/text.ts';

/** Body of `POST /api/auth/logout`: the refresh token is optional (the session comes from the access token). */
export const ZLogOutRequest = z.object({ refresh_token: z.string().max(200).regex(TOKEN_CHARS, 'is not a refresh token').optional() });

/** Ends the caller's session: its refresh tokens are revoked and this access token is refused. */
export async function logOut(deps: AccountDeps, auth: AccessClaims): Promise<void> {
  await deps.prisma.refreshToken.updateMany({ where: { familyId: auth.sid, userId: auth.sub, revokedAt: null }, data: { revokedAt: new Date() } });
  await revokeAccessToken(deps.redis, auth.jti, auth.exp);
  await revokeSessionAccess(deps.redis, [auth.sid], deps.tokens.accessTtlSeconds);
}

/** Ends every session of the caller, on every device. */
export async function logOutEverywhere(deps: AccountDeps, auth: AccessClaims): Promise<void> {
  await revokeAllSessions(deps, auth.sub);
  await revokeAccessToken(deps.redis, auth.jti, auth.exp);
}
