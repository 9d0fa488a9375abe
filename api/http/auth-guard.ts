import type { RequestHandler } from 'express';
import { isAccessRevoked } from '../../lib/auth/revocation.ts';
import { DependencyUnavailableError } from '../../lib/dependencies.ts';
import type { AccessClaims, TokenService } from '../../lib/auth/tokens.ts';
import { AppError } from '../../lib/errors.ts';
import type { Redis } from '../../lib/redis.ts';

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
 * cookies and cookie CSRF cannot reach it.
 */
export function createGuards(deps: { tokens: TokenService; redis: Redis }): Guards {
  /**
   * The revocation check needs Redis. Players' routes fail open while Redis is not answering
   * (the token's signature and 15-minute expiry still hold, refresh tokens are revoked in
   * PostgreSQL); operators' routes fail closed (503). See docs/dependencies.md.
   */
  const revokedOrUnknown = async (claims: AccessClaims, operatorRoute: boolean, log: { warn(obj: object, msg: string): void }): Promise<boolean> => {
    try {
      return await isAccessRevoked(deps.redis, claims.jti, claims.sid);
    } catch (err) {
      if (operatorRoute || !(err instanceof DependencyUnavailableError)) throw err;
      log.warn({ sub: claims.sub }, 'revocation check skipped: Redis is not answering (fail-open for player routes)');
      return false;
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
      if (await revokedOrUnknown(claims, operatorRoute, req.log)) throw AppError.of('unauthorized', 'This session has been signed out');
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
