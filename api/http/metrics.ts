import type { RequestHandler } from 'express';
import { Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The API's Prometheus registry: process defaults plus HTTP duration by route and status. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const window = new HttpWindow(HTTP_BUCKETS);
  const middleware: RequestHandler = (req, res, next) => {
    const end = httpDuration.startTimer();
    res.on('finish', () => {
      // The route template (not the raw URL) keeps label cardinality bounded.
      const route = req.route?.path ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      const seconds = end({ method: req.method, route, status: String(res.statusCode) });
      window.record(res.statusCode, seconds);
    });
    next();
  };
  return { registry, httpDuration, middleware, window };
}

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.8, 1, 2.5, 5, 10];
const SLOT_MS = 10_000;

/**
 * The last few minutes of this API instance's answers in 10-second slots (in memory, no
 * I/O): the dashboard's 5xx rate and p95 and the console's own view of the alert conditions.
 */
export class HttpWindow {
  private readonly slots = new Map<number, { total: number; errors: number; buckets: number[] }>();
  constructor(private readonly bounds: number[], private readonly keepMs = 15 * 60_000) {}

  /** Counts one answer. */
  record(status: number, seconds: number, now = Date.now()): void {
    const key = Math.floor(now / SLOT_MS);
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { total: 0, errors: 0, buckets: new Array(this.bounds.length + 1).fill(0) };
      this.slots.set(key, slot);
      for (const k of this.slots.keys()) if (k < key - this.keepMs / SLOT_MS) this.slots.delete(k);
    }
    slot.total++;
    if (status >= 500) slot.errors++;
    const i = this.bounds.findIndex((b) => seconds <= b);
    slot.buckets[i === -1 ? this.bounds.length : i]!++;
  }

  /** Requests, 5xx answers and the p95 (a bucket's upper bound, seconds) over the last `ms`. */
  summary(ms: number, now = Date.now()): { requests: number; errors: number; error_rate: number; p95_seconds: number | null } {
    const from = Math.floor((now - ms) / SLOT_MS);
    let requests = 0;
    let errors = 0;
    const buckets = new Array(this.bounds.length + 1).fill(0) as number[];
    for (const [k, slot] of this.slots) {
      if (k <= from) continue;
      requests += slot.total;
      errors += slot.errors;
      slot.buckets.forEach((n, i) => (buckets[i]! += n));
    }
    let p95: number | null = null;
    if (requests > 0) {
      let seen = 0;
      for (let i = 0; i < buckets.length; i++) {
        seen += buckets[i]!;
        if (seen >= 0.95 * requests) {
          // Past the last bound: report that bound (the p95 is at least this).
          p95 = this.bounds[Math.min(i, this.bounds.length - 1)]!;
          break;
        }
      }
    }
    return { requests, errors, error_rate: requests > 0 ? errors / requests : 0, p95_seconds: p95 };
  }
}

export type Metrics = ReturnType<typeof createMetrics>;
