import type { RequestHandler } from 'express';
import { readAccessState } from '../../lib/auth/token-generation.ts';
import { DependencyUnavailableError } from '../../lib/dependencies.ts';
import type { AccessClaims, TokenService } from '../../lib/auth/tokens.ts';
import { AppError } from '../../lib/errors.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Redis } from '../../lib/redis.ts';
import { loadTokenGeneration } from '../../services/accounts/token-generation.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The verified access-token claims, set by the auth guards. */
      auth?: AccessClaims;
    }
  }
}

/** Guards by role: 401 for missing or bad credentials, 403 for the wrong role, everywhere. */
export type Guards = { user: RequestHandler; admin: RequestHandler };

/**
 * Builds the auth guards. The API authenticates with `Authorization: Bearer` only; the web
 * app's server keeps tokens in httpOnly cookies and forwards them, so the API reads no
 * cookies and cookie CSRF cannot reach it. A token is refused when it or its session was
 * revoked, or when the user's token generation moved past the token's (ban, role change).
 */
export function createGuards(deps: { tokens: TokenService; redis: Redis; prisma: PrismaClient }): Guards {
  /**
   * The revocation and token-generation check needs Redis. Players' routes fail open while Redis
   * is not answering: the token's signature and 15-minute expiry still hold, refresh tokens are
   * revoked in PostgreSQL, and the token generation (bans, role changes) is then read from
   * PostgreSQL. Operators' routes fail closed (503). See docs/failing-dependencies.md.
   */
  const accessState = async (claims: AccessClaims, operatorRoute: boolean, log: { warn(obj: object, msg: string): void }): Promise<{ revoked: boolean; generation: number | null }> => {
    try {
      return await readAccessState(deps.redis, claims);
    } catch (err) {
      if (operatorRoute || !(err instanceof DependencyUnavailableError)) throw err;
      log.warn({ sub: claims.sub }, 'revocation check skipped: Redis is not answering (fail-open for player routes; generation from PostgreSQL)');
      return { revoked: false, generation: null };
    }
  };
  const authenticate = (roles: AccessClaims['role'][] | null): RequestHandler => async (req, _res, next) => {
    try {
      const header = req.get('authorization') ?? '';
      const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
      if (!match) throw AppError.of('unauthorized', 'Log in first: send Authorization: Bearer <access token>');
      const claims = await deps.tokens.verifyAccess(match[1]!);
      if (!claims) throw AppError.of('unauthorized', 'The access token is invalid or expired');
      const operatorRoute = roles !== null && roles.includes(claims.role);
      const state = await accessState(claims, operatorRoute, req.log);
      if (state.revoked) throw AppError.of('unauthorized', 'This session has been signed out');
      // A ban, an unban or a role change since the token was issued: refuse it now, not at expiry.
      const generation = state.generation ?? (await loadTokenGeneration(deps, claims.sub));
      if (generation === null || (claims.gen ?? 0) < generation) throw AppError.of('unauthorized', 'This session has ended: log in again');
      if (roles && !roles.includes(claims.role)) throw AppError.of('forbidden', 'Your account may not do this');
      req.auth = claims;
      next();
    } catch (err) {
      next(err);
    }
  };
  return { user: authenticate(null), admin: authenticate(['ADMIN']) };
}

/** The authenticated caller; only call behind a guard. */
export function authOf(req: { auth?: AccessClaims }): AccessClaims {
  if (!req.auth) throw AppError.of('unauthorized', 'Log in first');
  return req.auth;
}
