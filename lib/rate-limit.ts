import type { Redis } from './redis.ts';
import { DependencyUnavailableError } from './dependencies.ts';
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

/**
 * Counts a hit on each key and throws 429 `rate_limited` with Retry-After when any is over.
 * While Redis is not answering the limits fail open by default (`whenRedisDown: 'allow'`: the
 * request goes on uncounted); `'refuse'` makes it a 503 `dependency_unavailable` instead, for
 * limits nothing else backs up (signup). See docs/failing-dependencies.md.
 */
export async function enforceRateLimits(
  redis: Redis,
  limits: { key: string; limit: number; windowSeconds: number }[],
  opts: { whenRedisDown?: 'allow' | 'refuse' } = {},
): Promise<void> {
  for (const { key, limit, windowSeconds } of limits) {
    let result: RateLimitResult;
    try {
      result = await hitRateLimit(redis, key, limit, windowSeconds);
    } catch (err) {
      if (err instanceof DependencyUnavailableError && (opts.whenRedisDown ?? 'allow') === 'allow') return;
      throw err;
    }
    if (!result.allowed) {
      throw new AppError('rate_limited', `Too many requests; try again in ${result.retryAfterSeconds} s`, { retry_after_seconds: result.retryAfterSeconds }, {
        'Retry-After': String(result.retryAfterSeconds),
      });
    }
  }
}
