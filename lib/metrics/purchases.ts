import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { PrismaClient } from '../db/client.ts';

/** Purchase metrics, kept by the worker (where purchases are decided) and scraped from it. */
export function createPurchaseMetrics(registry: Registry, prisma: PrismaClient) {
  return {
    attempts: new Counter({
      name: 'purchase_attempt_total',
      help: 'Purchases by final status (success, failed, refunded)',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'purchase_duration_seconds',
      help: 'Time from a purchase starting to its decision',
      labelNames: ['status'] as const,
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800],
      registers: [registry],
    }),
    pending: new Gauge({
      name: 'purchases_pending',
      help: 'Purchases not decided yet (read model)',
      registers: [registry],
      async collect() {
        this.set(await prisma.purchase.count({ where: { status: 'pending' } }));
      },
    }),
  };
}

export type PurchaseMetrics = ReturnType<typeof createPurchaseMetrics>;
