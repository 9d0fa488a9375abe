import { Gauge, type Registry } from 'prom-client';
import type { PrismaClient } from '../db/client.ts';

/**
 * Outbox metrics, kept by the worker (where the relay runs) and read at each scrape: facts
 * committed but not yet published to Kafka, and how old the oldest of them is. The alert
 * OutboxBacklogGrowing (infra/prometheus/alerts.yml) watches the first.
 */
export function createOutboxMetrics(registry: Registry, prisma: PrismaClient) {
  return {
    backlog: new Gauge({
      name: 'outbox_backlog',
      help: 'Outbox facts not yet published to Kafka',
      registers: [registry],
      async collect() {
        const [row] = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM outbox_events WHERE published_at IS NULL`;
        this.set(Number(row?.n ?? 0));
      },
    }),
    oldestAge: new Gauge({
      name: 'outbox_oldest_unpublished_age_seconds',
      help: 'Age of the oldest outbox fact not yet published (0 when none waits)',
      registers: [registry],
      async collect() {
        const [row] = await prisma.$queryRaw<{ age: number | null }[]>`
          SELECT extract(epoch FROM now() - min(created_at))::float8 AS age FROM outbox_events WHERE published_at IS NULL`;
        this.set(row?.age ?? 0);
      },
    }),
  };
}
