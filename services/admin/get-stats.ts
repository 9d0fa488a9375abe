import { PRESENCE_KEY } from '../../lib/auth/token-generation.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Redis } from '../../lib/redis.ts';

/** Figures that come from the database, cached for STATS_CACHE_SECONDS. */
export interface StoredStats {
  total_players: number;
  online_now: number;
  revenue_cents_total: number;
  revenue_cents_today: number;
  purchases_today: number;
  purchases_pending: number;
  purchases_stuck: number;
  outbox_backlog: number;
  computed_at: string;
}

/** This API instance's own view of its answers. */
export interface HttpFigures {
  requests_5m: number;
  error_rate_5m: number;
  p95_seconds_10m: number | null;
}

/** One alert condition as the API sees it now; the same conditions as infra/prometheus alert rules. */
export interface AlertView {
  name: string;
  severity: 'warning' | 'critical';
  firing: boolean;
  value: number | null;
  threshold: number;
  summary: string;
}

/** The dashboard's answer. */
export interface AdminStats extends StoredStats {
  http: HttpFigures;
  alerts: AlertView[];
}

/** How long the database figures are served from Redis before they are computed again. */
export const STATS_CACHE_SECONDS = 5;
const CACHE_KEY = 'admin:stats:v1';
const LOCK_KEY = 'admin:stats:v1:lock';
/** A purchase pending longer than this is "stuck" (support's default threshold). */
const STUCK_AFTER_MS = 5 * 60_000;
const ONLINE_WINDOW_MS = 5 * 60_000;

/** The alert thresholds, shared with infra/prometheus/alerts.yml (keep the two in step). */
export const ALERT_THRESHOLDS = { pendingPurchases: 20, errorRate: 0.02, p95Seconds: 0.8, outboxBacklog: 1_000 } as const;

/** Computes the database figures now (no cache): the work a cache miss does. */
export async function computeStoredStats(deps: { prisma: PrismaClient; redis: Redis }): Promise<StoredStats> {
  const now = Date.now();
  const startOfDay = new Date(now);
  startOfDay.setUTCHours(0, 0, 0, 0);
  const [[counts], online] = await Promise.all([
    deps.prisma.$queryRaw<
      { players: bigint; revenue_total: bigint | null; revenue_today: bigint | null; bought_today: bigint; pending: bigint; stuck: bigint; outbox: bigint }[]
    >`
      SELECT
        (SELECT count(*) FROM users WHERE role <> 'ADMIN') AS players,
        (SELECT sum(amount_cents) FROM purchases WHERE status = 'success') AS revenue_total,
        (SELECT sum(amount_cents) FROM purchases WHERE status = 'success' AND created_at >= ${startOfDay}) AS revenue_today,
        (SELECT count(*) FROM purchases WHERE status = 'success' AND created_at >= ${startOfDay}) AS bought_today,
        (SELECT count(*) FROM purchases WHERE status = 'pending') AS pending,
        (SELECT count(*) FROM purchases WHERE status = 'pending' AND created_at < ${new Date(now - STUCK_AFTER_MS)}) AS stuck,
        (SELECT count(*) FROM outbox_events WHERE published_at IS NULL) AS outbox`,
    deps.redis
      .multi()
      .zremrangebyscore(PRESENCE_KEY, '-inf', now - ONLINE_WINDOW_MS)
      .zcard(PRESENCE_KEY)
      .exec(),
  ]);
  return {
    total_players: Number(counts!.players),
    online_now: Number(online?.[1]?.[1] ?? 0),
    revenue_cents_total: Number(counts!.revenue_total ?? 0),
    revenue_cents_today: Number(counts!.revenue_today ?? 0),
    purchases_today: Number(counts!.bought_today),
    purchases_pending: Number(counts!.pending),
    purchases_stuck: Number(counts!.stuck),
    outbox_backlog: Number(counts!.outbox),
    computed_at: new Date(now).toISOString(),
  };
}

/** The alert conditions over the current figures. */
export function evaluateAlerts(stored: StoredStats, http: HttpFigures): AlertView[] {
  const t = ALERT_THRESHOLDS;
  return [
    { name: 'PendingPurchasesHigh', severity: 'critical', firing: stored.purchases_pending > t.pendingPurchases, value: stored.purchases_pending, threshold: t.pendingPurchases, summary: 'More than 20 purchases waiting for the provider' },
    { name: 'HttpErrorRateHigh', severity: 'critical', firing: http.requests_5m >= 50 && http.error_rate_5m > t.errorRate, value: http.error_rate_5m, threshold: t.errorRate, summary: '5xx answers above 2% over 5 minutes' },
    { name: 'HttpLatencyHigh', severity: 'warning', firing: (http.p95_seconds_10m ?? 0) > t.p95Seconds, value: http.p95_seconds_10m, threshold: t.p95Seconds, summary: 'HTTP p95 above 0.8 s over 10 minutes' },
    { name: 'OutboxBacklog', severity: 'warning', firing: stored.outbox_backlog > t.outboxBacklog, value: stored.outbox_backlog, threshold: t.outboxBacklog, summary: 'Facts waiting to be published to Kafka' },
  ];
}

/**
 * The dashboard. Database figures are computed by one statement (every part served by an
 * index or a bounded scan) and cached in Redis for STATS_CACHE_SECONDS, recomputed by one
 * caller at a time (a short Redis lock): reads cost one Redis GET whatever the data size, and
 * writes (purchases, signups) carry no extra work. HTTP figures are this instance's own.
 */
export async function getStats(deps: { prisma: PrismaClient; redis: Redis }, http: HttpFigures): Promise<AdminStats> {
  let stored: StoredStats | null = null;
  const cached = await deps.redis.get(CACHE_KEY);
  if (cached) stored = JSON.parse(cached) as StoredStats;
  else {
    const lock = await deps.redis.set(LOCK_KEY, '1', 'PX', 10_000, 'NX');
    if (!lock) {
      // Someone else is computing: wait briefly for their answer, else compute too.
      for (let i = 0; i < 20 && !stored; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const again = await deps.redis.get(CACHE_KEY);
        if (again) stored = JSON.parse(again) as StoredStats;
      }
    }
    if (!stored) {
      stored = await computeStoredStats(deps);
      await deps.redis.multi().set(CACHE_KEY, JSON.stringify(stored), 'EX', STATS_CACHE_SECONDS).del(LOCK_KEY).exec();
    }
  }
  return { ...stored, http, alerts: evaluateAlerts(stored, http) };
}
