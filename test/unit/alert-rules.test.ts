// The Prometheus alert rules (infra/prometheus/alerts.yml): promtool checks them and runs their
// unit tests against synthetic series (alerts.test.yml); the API's own view of the same
// conditions (GET /api/admin/stats) must use the same thresholds and `for` durations; and the
// compose Prometheus must load them.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { parse } from 'yaml';
import { findPromtool, PROMTOOL_PATH } from '../../scripts/services/tools.ts';
import { createDashboardMetrics } from '../../worker/dashboard-metrics.ts';
import { ALERT_THRESHOLDS, evaluateAlerts, slopePerMinute, type StoredStats } from '../../services/admin/get-stats.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULES = path.join(ROOT, 'infra/prometheus/alerts.yml');
const run = promisify(execFile);

interface Rule {
  alert: string;
  expr: string;
  for?: string;
  labels?: { severity?: string };
}
const rules = (parse(readFileSync(RULES, 'utf8')) as { groups: { rules: Rule[] }[] }).groups.flatMap((g) => g.rules);
const rule = (name: string) => rules.find((r) => r.alert === name)!;
const seconds = (d: string | undefined) => (d ? Number(/^(\d+)m$/.exec(d)![1]) * 60 : 0);

async function promtool(args: string[]): Promise<string> {
  const bin = await findPromtool();
  if (!bin) throw new Error(`promtool is missing: \`npm test\` installs it into ${PROMTOOL_PATH} (scripts/services/tools.ts, ensurePromtool)`);
  try {
    const { stdout, stderr } = await run(bin, args, { cwd: ROOT });
    return stdout + stderr;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`promtool ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

describe('alert rules', () => {
  it('are valid rules (promtool check rules)', async () => {
    expect(await promtool(['check', 'rules', 'infra/prometheus/alerts.yml'])).toContain('SUCCESS: 5 rules found');
  });

  it('fire, stay pending and stay quiet on synthetic series as their unit tests expect (promtool test rules)', async () => {
    expect(await promtool(['test', 'rules', 'infra/prometheus/alerts.test.yml'])).toContain('SUCCESS');
  });

  it("use the same thresholds and durations as the API's own view", () => {
    const t = ALERT_THRESHOLDS;
    expect(rule('PendingPurchasesHigh').expr).toContain(`> ${t.pendingPurchases}`);
    expect(seconds(rule('PendingPurchasesHigh').for)).toBe(t.pendingForSeconds);
    expect(rule('HttpErrorRateHigh').expr).toMatch(new RegExp(`\\) > ${t.errorRate}\\s`));
    expect(rule('HttpErrorRateHigh').expr).toContain(`>= ${t.errorRateMinRequests}`);
    expect(rule('HttpLatencyHigh').expr).toContain(`> ${t.p95Seconds}`);
    expect(rule('OutboxBacklogGrowing').expr).toContain(`> ${t.outboxBacklog} and deriv(`);
    expect(seconds(rule('OutboxBacklogGrowing').for)).toBe(t.outboxForSeconds);
    expect(rule('WorkerTaskLatencyHigh').expr).toContain(`> ${t.workerTaskSeconds}`);
    expect(seconds(rule('WorkerTaskLatencyHigh').for)).toBe(t.workerTaskForSeconds);
    const stored: StoredStats = {
      total_players: 0,
      online_now: 0,
      revenue_cents_total: 0,
      revenue_cents_today: 0,
      purchases_today: 0,
      purchases_pending: 0,
      purchases_stuck: 0,
      outbox_backlog: 0,
      outbox_growth_per_minute: null,
      workflow_task_backlog_age_seconds: null,
      condition_since: {},
      computed_at: new Date().toISOString(),
    };
    const api = evaluateAlerts(stored, { requests_5m: 0, error_rate_5m: 0, p95_seconds_10m: null });
    expect(api.map((a) => [a.name, a.severity]).sort()).toEqual(rules.map((r) => [r.alert, r.labels?.severity]).sort());
  });

  it('in the API view, a database condition is pending until it has held for its duration, then fires', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    const base: StoredStats = {
      total_players: 10,
      online_now: 1,
      revenue_cents_total: 0,
      revenue_cents_today: 0,
      purchases_today: 0,
      purchases_pending: 25,
      purchases_stuck: 0,
      outbox_backlog: 500,
      outbox_growth_per_minute: 12,
      workflow_task_backlog_age_seconds: 0.2,
      condition_since: {},
      computed_at: new Date(now).toISOString(),
    };
    const http = { requests_5m: 1_000, error_rate_5m: 0.05, p95_seconds_10m: 0.5 };
    const at = (sinceMinutesAgo: number) =>
      Object.fromEntries(
        evaluateAlerts(
          { ...base, condition_since: { PendingPurchasesHigh: new Date(now - sinceMinutesAgo * 60_000).toISOString(), OutboxBacklogGrowing: new Date(now - sinceMinutesAgo * 60_000).toISOString() } },
          http,
          now,
        ).map((a) => [a.name, a.state]),
      );
    expect(at(4)).toEqual({ PendingPurchasesHigh: 'pending', HttpErrorRateHigh: 'firing', HttpLatencyHigh: 'inactive', OutboxBacklogGrowing: 'pending', WorkerTaskLatencyHigh: 'inactive' });
    expect(at(6)).toMatchObject({ PendingPurchasesHigh: 'firing', OutboxBacklogGrowing: 'pending' });
    expect(at(11)).toMatchObject({ PendingPurchasesHigh: 'firing', OutboxBacklogGrowing: 'firing' });
    // Too few answers to judge a 5xx share.
    expect(evaluateAlerts(base, { ...http, requests_5m: 10 }, now).find((a) => a.name === 'HttpErrorRateHigh')!.state).toBe('inactive');
  });

  it('measure the outbox growth as a least-squares slope per minute', () => {
    expect(slopePerMinute([{ at: 0, value: 100 }])).toBeNull();
    expect(slopePerMinute([0, 1, 2, 3].map((m) => ({ at: m * 60_000, value: 100 + 20 * m })))).toBeCloseTo(20);
    expect(slopePerMinute([0, 1, 2].map((m) => ({ at: m * 60_000, value: 500 })))).toBe(0);
  });

  it('are loaded by the compose Prometheus', () => {
    const prometheus = parse(readFileSync(path.join(ROOT, 'infra/prometheus/prometheus.yml'), 'utf8')) as { rule_files?: string[] };
    expect(prometheus.rule_files).toContain('/etc/prometheus/alerts.yml');
    const compose = parse(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, { volumes?: string[] }> };
    expect(compose.services.prometheus!.volumes).toContain('./infra/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro');
  });

  it("the Grafana dashboard charts every console figure the worker exports, and the alerts", () => {
    const registry = new Registry();
    createDashboardMetrics(registry, { prisma: {} as never, redis: {} as never });
    const names = [...registry.getMetricsAsArray().map((m) => m.name), 'purchases_pending', 'outbox_backlog', 'ALERTS'];
    expect(names).toContain('casino_players_online');
    const dashboard = JSON.parse(readFileSync(path.join(ROOT, 'infra/grafana/dashboards/casino-club.json'), 'utf8')) as { panels: { targets?: { expr: string }[] }[] };
    const queries = dashboard.panels.flatMap((p) => p.targets ?? []).map((t) => t.expr);
    for (const name of names) expect(queries.some((q) => q.includes(name)), name).toBe(true);
  });
});
