import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, errors as joseErrors, importPKCS8, jwtVerify, exportJWK, importJWK, type JWTPayload } from 'jose';

/** The claims our access tokens carry besides iss/aud/iat/exp. */
export interface AccessClaims {
  /** User id. */
  sub: string;
  role: 'STANDARD' | 'VIP' | 'ADMIN';
  /** Session (refresh-token family) id: revoking it kills the session's access tokens too. */
  sid: string;
  jti: string;
  iat: number;
  exp: number;
  /** The user's token generation when issued; a ban or role change bumps it (absent = 0). */
  gen?: number;
}

const ALG = 'ES256';

/** Signs and verifies access tokens with one ES256 key and a pinned kid, issuer and audience. */
export async function createTokenService(opts: { privateKeyPem: string; kid: string; issuer: string; audience: string; accessTtlSeconds: number }) {
  const privateKey = await importPKCS8(opts.privateKeyPem, ALG, { extractable: true });
  // Derive the public key from the private one (drop `d`), so only one secret is configured.
  const { d: _d, ...publicJwk } = await exportJWK(privateKey);
  const publicKey = await importJWK({ ...publicJwk, alg: ALG }, ALG);

  return {
    accessTtlSeconds: opts.accessTtlSeconds,

    /** Issues an access token for a session. */
    async signAccess(claims: { sub: string; role: AccessClaims['role']; sid: string; gen?: number }): Promise<{ token: string; jti: string; exp: number }> {
      const jti = randomUUID();
      const iat = Math.floor(Date.now() / 1000);
      const exp = iat + opts.accessTtlSeconds;
      const token = await new SignJWT({ role: claims.role, sid: claims.sid, gen: claims.gen ?? 0 })
        .setProtectedHeader({ alg: ALG, kid: opts.kid, typ: 'JWT' })
        .setSubject(claims.sub)
        .setJti(jti)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .setIssuer(opts.issuer)
        .setAudience(opts.audience)
        .sign(privateKey);
      return { token, jti, exp };
    },

    /**
     * Verifies an access token: algorithm pinned to ES256, the kid must be ours, and iss,
     * aud, exp, iat, jti, sub and sid are required. Returns null for anything that fails.
     */
    async verifyAccess(token: string): Promise<AccessClaims | null> {
      try {
        const { payload } = await jwtVerify(
          token,
          (header) => {
            if (header.kid !== opts.kid) throw new joseErrors.JWKSNoMatchingKey();
            return publicKey;
          },
          { algorithms: [ALG], issuer: opts.issuer, audience: opts.audience, requiredClaims: ['exp', 'iat', 'jti', 'sub'] },
        );
        return isAccessClaims(payload) ? payload : null;
      } catch {
        return null;
      }
    },
  };
}

export type TokenService = Awaited<ReturnType<typeof createTokenService>>;

function isAccessClaims(p: JWTPayload): p is JWTPayload & AccessClaims {
  return (
    typeof p.sub === 'string' &&
    typeof p.jti === 'string' &&
    typeof p.sid === 'string' &&
    (p.role === 'STANDARD' || p.role === 'VIP' || p.role === 'ADMIN') &&
    (p.gen === undefined || (typeof p.gen === 'number' && Number.isInteger(p.gen)))
  );
}

/** A new opaque refresh token: 32 random bytes, base64url. Only its hash is stored. */
export const newRefreshToken = (): string => randomBytes(32).toString('base64url');

/** SHA-256 hex of a refresh token, as stored in refresh_tokens.token_hash. */
export const hashRefreshToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** The token service configured from the environment. */
export const tokenServiceFromConfig = (config: {
  JWT_PRIVATE_KEY: string;
  JWT_KID: string;
  JWT_ISSUER: string;
  JWT_AUDIENCE: string;
  ACCESS_TOKEN_TTL_SECONDS: number;
}): Promise<TokenService> =>
  createTokenService({
    privateKeyPem: config.JWT_PRIVATE_KEY,
    kid: config.JWT_KID,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  });
