import type { Redis } from '../redis.ts';

// Revocations live in Redis only as long as the access tokens they stop could live; refresh
// tokens are revoked in PostgreSQL. Losing Redis at worst lets an access token live out its
// 15 minutes.

/** Refuses one access token (logout) until it would have expired anyway. */
export async function revokeAccessToken(redis: Redis, jti: string, exp: number): Promise<void> {
  const ttl = exp - Math.floor(Date.now() / 1000);
  if (ttl > 0) await redis.set(`auth:jti:${jti}`, '1', 'EX', ttl);
}

/** Refuses every access token of these sessions for as long as one could still be valid. */
export async function revokeSessionAccess(redis: Redis, sessionIds: string[], accessTtlSeconds: number): Promise<void> {
  if (sessionIds.length === 0) return;
  const multi = redis.multi();
  for (const sid of sessionIds) multi.set(`auth:sid:${sid}`, '1', 'EX', accessTtlSeconds + 5);
  await multi.exec();
}

