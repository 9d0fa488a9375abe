import { Gauge, type Registry } from 'prom-client';
import type { PrismaClient } from '../lib/db/client.ts';
import type { Redis } from '../lib/redis.ts';
import { readDashboardFigures, type DashboardFigures } from '../services/admin/get-stats.ts';

/**
 * The console dashboard's business figures as Prometheus gauges on the worker's /metrics, read
 * by the same function the console's API uses (services/admin/get-stats.ts), so the Grafana
 * dashboard and the console show the same numbers. One read per scrape, shared by the gauges.
 * (purchases_pending and outbox_backlog already come from lib/metrics.)
 */
export function createDashboardMetrics(registry: Registry, deps: { prisma: PrismaClient; redis: Redis }): void {
  let current: { at: number; figures: Promise<DashboardFigures> } | null = null;
  // Every gauge's collect runs in the same scrape: the first one reads, the rest reuse it.
  const figures = () => {
    if (!current || Date.now() - current.at > 1_000) current = { at: Date.now(), figures: readDashboardFigures(deps) };
    return current.figures;
  };
  const gauge = (name: string, help: string, pick: (f: DashboardFigures) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      async collect() {
        this.set(pick(await figures()));
      },
    });
  gauge('casino_players_total', 'Players (operators excluded)', (f) => f.total_players);
  gauge('casino_players_online', 'Players with an authenticated request in the last 5 minutes', (f) => f.online_now);
  gauge('casino_revenue_cents_total', 'Revenue of successful purchases, all time (cents)', (f) => f.revenue_cents_total);
  gauge('casino_revenue_cents_today', 'Revenue of successful purchases since 00:00 UTC (cents)', (f) => f.revenue_cents_today);
  gauge('casino_purchases_today', 'Successful purchases since 00:00 UTC', (f) => f.purchases_today);
  gauge('casino_purchases_stuck', 'Purchases pending for more than 5 minutes', (f) => f.purchases_stuck);
}
