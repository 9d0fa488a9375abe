import type { Redis } from './redis.ts';
import { AppError } from './errors.ts';

/** The outcome of one counted request. */
export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * A fixed-window counter in Redis: at most `limit` hits per `windowSeconds` for a key.
 * Losing Redis loses only the counts, never gold.
 */
export async function hitRateLimit(redis: Redis, key: string, limit: number, windowSeconds: number): Promise<RateLimitResult> {
  const redisKey = `rl:${key}`;
  const [[, count], [, ttl]] = (await redis.multi().incr(redisKey).pttl(redisKey).exec()) as [[null, number], [null, number]];
  let ttlMs = ttl;
  if (ttl < 0) {
    await redis.pexpire(redisKey, windowSeconds * 1000);
    ttlMs = windowSeconds * 1000;
  }
  return { allowed: count <= limit, remaining: Math.max(0, limit - count), retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}

/** Counts a hit on each key and throws 429 `rate_limited` with Retry-After when any is over. */
export async function enforceRateLimits(redis: Redis, limits: { key: string; limit: number; windowSeconds: number }[]): Promise<void> {
  for (const { key, limit, windowSeconds } of limits) {
    const result = await hitRateLimit(redis, key, limit, windowSeconds);
    if (!result.allowed) {
      throw new AppError('rate_limited', `Too many requests; try again in ${result.retryAfterSeconds} s`, { retry_after_seconds: result.retryAfterSeconds }, {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
  }
}
