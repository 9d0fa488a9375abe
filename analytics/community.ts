import type { Redis } from '../lib/redis.ts';
import { COMMUNITY_KEYS, HOUR_MS, utcDay } from '../services/analytics/community-figures.ts';
import type { ConsumedEvent } from './consumer-group.ts';

/** How long an applied event id is remembered (longer than anything is rebuilt from). */
const SEEN_TTL_SECONDS = 2 * 24 * 3600;

// One event, applied atomically and at most once: remember its id (NX) or stop; then the
// player's last activity (only forward), a spin, a big win, the gold wagered on its day.
const APPLY_SCRIPT = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[7]) == false then return 0 end
if ARGV[2] ~= '' then redis.call('ZADD', KEYS[2], 'GT', ARGV[3], ARGV[2]) end
if ARGV[4] == '1' then redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1]) end
if ARGV[5] == '1' then redis.call('ZADD', KEYS[4], ARGV[3], ARGV[1]) end
if tonumber(ARGV[6]) > 0 then redis.call('INCRBY', KEYS[5], ARGV[6]); redis.call('EXPIRE', KEYS[5], 172800) end
return 1`;

/** What one fact means for the figures. */
export function communityEffect(e: ConsumedEvent): { userId: string; atMs: number; spin: boolean; bigWin: boolean; wager: number } | null {
  const p = e.envelope.payload as Record<string, unknown>;
  const userId = typeof p.userId === 'string' ? p.userId : '';
  if (e.envelope.type === 'game.round_settled') {
    const atMs = Date.parse(String(p.playedAt ?? e.envelope.occurredAt));
    return { userId, atMs, spin: p.game === 'slots', bigWin: p.bigWin === true, wager: Number.isInteger(p.bet) ? (p.bet as number) : 0 };
  }
  // Any other fact about a player (client events, purchases, signups) means they were active.
  if (!userId) return null;
  return { userId, atMs: Date.parse(e.envelope.occurredAt), spin: false, bigWin: false, wager: 0 };
}

/** Applies a batch to the Redis figures; returns how many events were new. */
export async function applyCommunityBatch(redis: Redis, events: ConsumedEvent[], now = Date.now()): Promise<number> {
  const pipeline = redis.pipeline();
  let queued = 0;
  for (const e of events) {
    const fx = communityEffect(e);
    if (!fx || Number.isNaN(fx.atMs)) continue;
    const recent = fx.atMs >= now - HOUR_MS;
    pipeline.eval(
      APPLY_SCRIPT,
      5,
      COMMUNITY_KEYS.seen(e.envelope.eventId),
      COMMUNITY_KEYS.online,
      COMMUNITY_KEYS.spins,
      COMMUNITY_KEYS.bigWins,
      COMMUNITY_KEYS.wagered(utcDay(fx.atMs)),
      e.envelope.eventId,
      fx.userId,
      String(fx.atMs),
      fx.spin && recent ? '1' : '0',
      fx.bigWin && recent ? '1' : '0',
      String(fx.wager),
      String(SEEN_TTL_SECONDS),
    );
    queued++;
  }
  if (queued === 0) return 0;
  const results = (await pipeline.exec()) ?? [];
  for (const [err] of results) if (err) throw err;
  return results.filter(([, r]) => r === 1).length;
}

/** Drops what fell out of the windows (spins and big wins older than an hour, players idle for a day). */
export async function trimCommunity(redis: Redis, now = Date.now()): Promise<void> {
  await redis
    .multi()
    .zremrangebyscore(COMMUNITY_KEYS.spins, '-inf', now - HOUR_MS)
    .zremrangebyscore(COMMUNITY_KEYS.bigWins, '-inf', now - HOUR_MS)
    .zremrangebyscore(COMMUNITY_KEYS.online, '-inf', now - 24 * HOUR_MS)
    .exec();
}

/** Where a rebuild replays from: the start of the UTC day, or an hour ago if that is earlier. */
export function rebuildFrom(now = Date.now()): number {
  const startOfDay = Date.parse(`${utcDay(now)}T00:00:00.000Z`);
  return Math.min(startOfDay, now - HOUR_MS);
}
