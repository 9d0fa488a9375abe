import type { Redis } from '../redis.ts';

// A ban, an unban or a role change must reach access tokens already handed out, on their next
// request. Each token carries the user's generation (`gen`); the users table holds the current
// one and Redis caches it, so the guard reads it in the same round trip as the revocation check
// and PostgreSQL only on a cache miss. The cache only ever moves up (SETMAX below): a reader
// that filled it from a read older than a bump cannot bring an old generation back.

const key = (userId: string) => `auth:gen:${userId}`;

/** How long a cached generation lives; a miss costs one primary-key read. */
export const TOKEN_GENERATION_CACHE_SECONDS = 3_600;

const SET_MAX = `
local cur = tonumber(redis.call('GET', KEYS[1]) or '-1')
local new = tonumber(ARGV[1])
if new > cur then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) return new end
return cur`;

/** Caches a user's generation unless a higher one is already cached; returns the cached value. */
export async function cacheTokenGeneration(redis: Redis, userId: string, generation: number): Promise<number> {
  return Number(await redis.eval(SET_MAX, 1, key(userId), String(generation), String(TOKEN_GENERATION_CACHE_SECONDS)));
}

/** Sorted set of user id -> last authenticated request (ms): "online now" counts its recent members. */
export const PRESENCE_KEY = 'presence:users';

/**
 * One round trip for everything the guard asks Redis: is the token or its session revoked,
 * and the user's cached token generation (null on a miss); it also marks the user present.
 */
export async function readAccessState(redis: Redis, claims: { jti: string; sid: string; sub: string }): Promise<{ revoked: boolean; generation: number | null }> {
  const results = await redis.multi().exists(`auth:jti:${claims.jti}`, `auth:sid:${claims.sid}`).get(key(claims.sub)).zadd(PRESENCE_KEY, Date.now(), claims.sub).exec();
  if (!results) throw new Error('redis transaction aborted');
  for (const [err] of results) if (err) throw err;
  const revoked = Number(results[0]![1]) > 0;
  const raw = results[1]![1] as string | null;
  return { revoked, generation: raw === null ? null : Number(raw) };
}
