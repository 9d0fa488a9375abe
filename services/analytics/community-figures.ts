// Live community figures, kept in Redis by the analytics process's community consumer and
// read by the API. Everything here may be lost: the consumer rebuilds it from Kafka.
import type { Redis } from '../../lib/redis.ts';

/** Redis keys of the figures (one place: the consumer writes them, the API reads them). */
export const COMMUNITY_KEYS = {
  /** ZSET player id → last activity (ms). */
  online: 'community:online',
  /** ZSET slot round event id → played at (ms); trimmed to the last hour. */
  spins: 'community:spins',
  /** ZSET big-win round event id → played at (ms); trimmed to the last hour. */
  bigWins: 'community:big_wins',
  /** Gold wagered on a UTC day (string counter). */
  wagered: (day: string) => `community:wagered:${day}`,
  /** Event ids already applied (one key each, expiring after two days). */
  seen: (eventId: string) => `community:seen:${eventId}`,
  /** Present while the figures are whole; missing after a flush, which triggers a rebuild. */
  epoch: 'community:epoch',
} as const;

/** Online = active in this many ms. */
export const ONLINE_WINDOW_MS = 5 * 60_000;
/** Spins and big wins are counted over this many ms. */
export const HOUR_MS = 60 * 60_000;

/** The figures as served and pushed. */
export interface CommunityFigures {
  online_users: number;
  spins_last_hour: number;
  big_wins_last_hour: number;
  gold_wagered_today: number;
  at: string;
}

/** The UTC day (YYYY-MM-DD) of an instant. */
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Reads the figures now (one round trip). */
export async function readCommunityFigures(redis: Redis, now = Date.now()): Promise<CommunityFigures> {
  const res = (await redis
    .multi()
    .zcount(COMMUNITY_KEYS.online, now - ONLINE_WINDOW_MS, '+inf')
    .zcount(COMMUNITY_KEYS.spins, now - HOUR_MS, '+inf')
    .zcount(COMMUNITY_KEYS.bigWins, now - HOUR_MS, '+inf')
    .get(COMMUNITY_KEYS.wagered(utcDay(now)))
    .exec()) as [Error | null, unknown][];
  const n = (i: number) => Number(res[i]?.[1] ?? 0) || 0;
  return { online_users: n(0), spins_last_hour: n(1), big_wins_last_hour: n(2), gold_wagered_today: n(3), at: new Date(now).toISOString() };
}
