import { PRESENCE_KEY } from '../../lib/auth/token-generation.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Redis } from '../../lib/redis.ts';

/** Figures that come from the database, cached for STATS_CACHE_SECONDS. */
export interface StoredStats extends DashboardFigures {
  /** Backlog growth over the last 10 minutes, facts per minute (least squares over the API's samples); null with fewer than 2 samples. */
  outbox_growth_per_minute: number | null;
  /** How long the oldest workflow task of the task queue has waited for a worker (Temporal's task queue stats); null when unknown. */
  workflow_task_backlog_age_seconds: number | null;
  /** When each DB-side alert condition started holding (observed at each computation). */
  condition_since: Partial<Record<AlertName, string>>;
  computed_at: string;
}

/** This API instance's own view of its answers. */
export interface HttpFigures {
  requests_5m: number;
  error_rate_5m: number;
  p95_seconds_10m: number | null;
}

/** An alert's state, as Prometheus names them: the condition holds for less than its `for` (pending) or longer (firing). */
export type AlertState = 'inactive' | 'pending' | 'firing';

/** One alert condition as the API sees it now; the same conditions as infra/prometheus/alerts.yml. */
export interface AlertView {
  name: AlertName;
  severity: 'warning' | 'critical';
  state: AlertState;
  firing: boolean;
  /** When the condition started holding (null while it does not). */
  since: string | null;
  /** How long it must hold before it fires. */
  for_seconds: number;
  value: number | null;
  threshold: number;
  summary: string;
}

/** The alert rules' names, as in infra/prometheus/alerts.yml. */
export type AlertName = 'PendingPurchasesHigh' | 'HttpErrorRateHigh' | 'HttpLatencyHigh' | 'OutboxBacklogGrowing' | 'WorkerTaskLatencyHigh';

/** The dashboard's answer. */
export interface AdminStats extends Omit<StoredStats, 'condition_since'> {
  http: HttpFigures;
  alerts: AlertView[];
}

/** How long the database figures are served from Redis before they are computed again. */
export const STATS_CACHE_SECONDS = 5;
const CACHE_KEY = 'admin:stats:v2';
const LOCK_KEY = 'admin:stats:v2:lock';
/** A purchase pending longer than this is "stuck" (support's default threshold). */
const STUCK_AFTER_MS = 5 * 60_000;
const ONLINE_WINDOW_MS = 5 * 60_000;

/**
 * The alert thresholds and `for` durations, shared with infra/prometheus/alerts.yml
 * (test/unit/alert-rules.test.ts checks that both say the same numbers).
 */
export const ALERT_THRESHOLDS = {
  pendingPurchases: 20,
  pendingForSeconds: 300,
  errorRate: 0.02,
  /** Fewer answers than this in 5 minutes are too few to judge a 5xx share. */
  errorRateMinRequests: 50,
  p95Seconds: 0.8,
  outboxBacklog: 100,
  outboxForSeconds: 600,
  workerTaskSeconds: 1,
  workerTaskForSeconds: 300,
} as const;
const SINCE_KEY = 'admin:alerts:since';
const OUTBOX_SAMPLES_KEY = 'admin:alerts:outbox-samples';
const OUTBOX_WINDOW_MS = 10 * 60_000;

/** Least-squares slope of (ms, value) samples, per minute; null with fewer than 2 samples or no time spread. */
export function slopePerMinute(samples: { at: number; value: number }[]): number | null {
  if (samples.length < 2) return null;
  const n = samples.length;
  const mx = samples.reduce((a, p) => a + p.at, 0) / n;
  const my = samples.reduce((a, p) => a + p.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of samples) {
    num += (p.at - mx) * (p.value - my);
    den += (p.at - mx) ** 2;
  }
  return den === 0 ? null : (num / den) * 60_000;
}

/** What a stats computation needs: the database, Redis and (for the task queue's backlog) Temporal. */
export interface StatsDeps {
  prisma: PrismaClient;
  redis: Redis;
  /** Temporal's workflow service and the worker's task queue; without it the worker-latency condition is unknown. */
  temporal?: { workflowService: { describeTaskQueue(req: object): Promise<{ stats?: { approximateBacklogAge?: { seconds?: unknown; nanos?: number | null } | null } | null }> }; namespace: string; taskQueue: string };
}

/** The age of the oldest workflow task waiting on the task queue, from Temporal's stats; null if the server does not say. */
async function workflowTaskBacklogAge(deps: StatsDeps): Promise<number | null> {
  if (!deps.temporal) return null;
  try {
    const res = await deps.temporal.workflowService.describeTaskQueue({
      namespace: deps.temporal.namespace,
      taskQueue: { name: deps.temporal.taskQueue },
      taskQueueType: 1, // TASK_QUEUE_TYPE_WORKFLOW
      reportStats: true,
    });
    const age = res.stats?.approximateBacklogAge;
    if (!res.stats) return null;
    return age ? Number(age.seconds ?? 0) + (age.nanos ?? 0) / 1e9 : 0;
  } catch {
    return null;
  }
}

/** The dashboard's business figures: what the console shows and the worker exports to Prometheus. */
export interface DashboardFigures {
  total_players: number;
  online_now: number;
  revenue_cents_total: number;
  revenue_cents_today: number;
  purchases_today: number;
  purchases_pending: number;
  purchases_stuck: number;
  outbox_backlog: number;
}

/**
 * Reads the business figures now, uncached: one statement (every part served by an index or a
 * bounded scan) and one Redis round trip for presence. The console's cache miss and the
 * worker's Prometheus gauges (worker/dashboard-metrics.ts) both call it, so Grafana and the
 * console show the same numbers.
 */
export async function readDashboardFigures(deps: { prisma: PrismaClient; redis: Redis }, now = Date.now()): Promise<DashboardFigures> {
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
  };
}

/** Computes the stored figures now (no cache): the work a cache miss does, alert bookkeeping included. */
export async function computeStoredStats(deps: StatsDeps): Promise<StoredStats> {
  const now = Date.now();
  const [figures, taskAge] = await Promise.all([readDashboardFigures(deps, now), workflowTaskBacklogAge(deps)]);
  const outbox = figures.outbox_backlog;
  // The outbox's recent samples (one per computation, at most one per cache period), for its growth.
  const [, , samples] = (await deps.redis
    .multi()
    .zadd(OUTBOX_SAMPLES_KEY, now, `${now}:${outbox}`)
    .zremrangebyscore(OUTBOX_SAMPLES_KEY, '-inf', now - OUTBOX_WINDOW_MS)
    .zrange(OUTBOX_SAMPLES_KEY, 0, -1)
    .pexpire(OUTBOX_SAMPLES_KEY, OUTBOX_WINDOW_MS)
    .exec())!.map(([, v]) => v) as [unknown, unknown, string[]];
  const growth = slopePerMinute(samples.map((m) => ({ at: Number(m.split(':')[0]), value: Number(m.split(':')[1]) })));
  const t = ALERT_THRESHOLDS;
  const since = await trackConditions(deps.redis, now, {
    PendingPurchasesHigh: figures.purchases_pending > t.pendingPurchases,
    OutboxBacklogGrowing: outbox > t.outboxBacklog && (growth ?? 0) > 0,
    WorkerTaskLatencyHigh: (taskAge ?? 0) > t.workerTaskSeconds,
  });
  return {
    ...figures,
    outbox_growth_per_minute: growth === null ? null : Math.round(growth * 100) / 100,
    workflow_task_backlog_age_seconds: taskAge,
    condition_since: since,
    computed_at: new Date(now).toISOString(),
  };
}

/**
 * Remembers in Redis (a hash) when each condition started holding: set when first seen true,
 * cleared when seen false. Observed at each computation, so a dip between two computations
 * (nobody looking at the dashboard) goes unseen; Prometheus, which evaluates every 15 s, is
 * the authority for paging.
 */
async function trackConditions(redis: Redis, now: number, holds: Partial<Record<AlertName, boolean>>): Promise<Partial<Record<AlertName, string>>> {
  const names = Object.keys(holds) as AlertName[];
  const multi = redis.multi();
  for (const name of names) {
    if (holds[name]) multi.hsetnx(SINCE_KEY, name, new Date(now).toISOString());
    else multi.hdel(SINCE_KEY, name);
  }
  multi.hgetall(SINCE_KEY);
  const results = (await multi.exec())!;
  const all = (results.at(-1)![1] ?? {}) as Record<string, string>;
  return Object.fromEntries(names.filter((n) => holds[n] && all[n]).map((n) => [n, all[n]!]));
}

/** The alert conditions over the current figures, at `now`: pending while a condition holds for less than its `for`. */
export function evaluateAlerts(stored: StoredStats, http: HttpFigures, now = Date.now()): AlertView[] {
  const t = ALERT_THRESHOLDS;
  const alert = (
    name: AlertName,
    severity: AlertView['severity'],
    holds: boolean,
    forSeconds: number,
    value: number | null,
    threshold: number,
    summary: string,
  ): AlertView => {
    // Conditions from this API's own window hold "now"; database ones since they were first seen.
    const since = holds ? (stored.condition_since[name] ?? (forSeconds === 0 ? new Date(now).toISOString() : null)) : null;
    const heldSeconds = since ? (now - Date.parse(since)) / 1000 : 0;
    const state: AlertState = !holds || !since ? 'inactive' : heldSeconds >= forSeconds ? 'firing' : 'pending';
    return { name, severity, state, firing: state === 'firing', since, for_seconds: forSeconds, value, threshold, summary };
  };
  return [
    alert('PendingPurchasesHigh', 'critical', stored.purchases_pending > t.pendingPurchases, t.pendingForSeconds, stored.purchases_pending, t.pendingPurchases, 'More than 20 purchases pending for 5 minutes'),
    alert(
      'HttpErrorRateHigh',
      'critical',
      http.requests_5m >= t.errorRateMinRequests && http.error_rate_5m > t.errorRate,
      0,
      http.error_rate_5m,
      t.errorRate,
      '5xx answers above 2% over 5 minutes (this API instance)',
    ),
    alert('HttpLatencyHigh', 'warning', (http.p95_seconds_10m ?? 0) > t.p95Seconds, 0, http.p95_seconds_10m, t.p95Seconds, 'HTTP p95 above 0.8 s over 10 minutes (this API instance)'),
    alert(
      'OutboxBacklogGrowing',
      'warning',
      stored.outbox_backlog > t.outboxBacklog && (stored.outbox_growth_per_minute ?? 0) > 0,
      t.outboxForSeconds,
      stored.outbox_backlog,
      t.outboxBacklog,
      'More than 100 outbox facts unpublished and growing for 10 minutes',
    ),
    alert(
      'WorkerTaskLatencyHigh',
      'warning',
      (stored.workflow_task_backlog_age_seconds ?? 0) > t.workerTaskSeconds,
      t.workerTaskForSeconds,
      stored.workflow_task_backlog_age_seconds,
      t.workerTaskSeconds,
      'Workflow tasks waiting over 1 s for a worker, for 5 minutes',
    ),
  ];
}

/** How long a computed set of figures may still be served (stale) while a fresh one is computed. */
const STALE_KEEP_SECONDS = 120;

/** Computes the figures and stores them; the caller holds the lock, which this releases. */
async function refresh(deps: StatsDeps): Promise<StoredStats> {
  try {
    const stored = await computeStoredStats(deps);
    await deps.redis.set(CACHE_KEY, JSON.stringify(stored), 'EX', STALE_KEEP_SECONDS);
    return stored;
  } finally {
    await deps.redis.del(LOCK_KEY).catch(() => undefined);
  }
}

/**
 * The dashboard. Database figures are computed by one statement (every part served by an
 * index or a bounded scan) and kept in Redis: fresh for STATS_CACHE_SECONDS, after which the
 * next reader gets the previous figures at once (stale-while-revalidate, at most
 * STALE_KEEP_SECONDS old) while one caller (a Redis lock) computes new ones in the
 * background. Only a cold cache makes a reader wait for the computation. Reads cost one Redis
 * GET whatever the data size, and writes (purchases, signups) carry no extra work. HTTP
 * figures are this instance's own.
 */
export async function getStats(deps: StatsDeps, http: HttpFigures): Promise<AdminStats> {
  let stored: StoredStats | null = null;
  const cached = await deps.redis.get(CACHE_KEY);
  if (cached) {
    stored = JSON.parse(cached) as StoredStats;
    const ageMs = Date.now() - Date.parse(stored.computed_at);
    if (ageMs >= STATS_CACHE_SECONDS * 1000 && (await deps.redis.set(LOCK_KEY, '1', 'PX', 10_000, 'NX'))) {
      // Stale: answer with it now, refresh behind (a failure leaves the stale figures, retried by the next reader).
      void refresh(deps).catch(() => undefined);
    }
  } else {
    const lock = await deps.redis.set(LOCK_KEY, '1', 'PX', 10_000, 'NX');
    if (lock) stored = await refresh(deps);
    else {
      // Someone else is computing the first figures: wait briefly for them, else compute too.
      for (let i = 0; i < 40 && !stored; i++) {
        await new Promise((r) => setTimeout(r, 25));
        const again = await deps.redis.get(CACHE_KEY);
        if (again) stored = JSON.parse(again) as StoredStats;
      }
      stored ??= await computeStoredStats(deps);
    }
  }
  const { condition_since: _since, ...figures } = stored;
  return { ...figures, http, alerts: evaluateAlerts(stored, http) };
}
