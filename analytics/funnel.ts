import type { PrismaClient } from '../lib/db/client.ts';
import type { ConsumedEvent } from './consumer-group.ts';

interface Step {
  day: string;
  productId: number;
  step: 'opened' | 'clicked' | 'bought';
}

/** The funnel steps one event adds: shop_opened → opened per product shown, buy_clicked → clicked, a successful purchase → bought. */
export function funnelSteps(e: ConsumedEvent): Step[] {
  const p = e.envelope.payload as Record<string, unknown>;
  if (e.envelope.type === 'client.shop_opened' || e.envelope.type === 'client.buy_clicked') {
    const day = String(p.occurredAt ?? e.envelope.occurredAt).slice(0, 10);
    const ids = Array.isArray(p.productIds) ? p.productIds.filter((x): x is number => Number.isInteger(x)) : [];
    return ids.map((productId) => ({ day, productId, step: e.envelope.type === 'client.shop_opened' ? 'opened' : 'clicked' }));
  }
  if (e.envelope.type === 'purchase.success' && Number.isInteger(p.productId)) {
    return [{ day: e.envelope.occurredAt.slice(0, 10), productId: p.productId as number, step: 'bought' }];
  }
  return [];
}

/**
 * Applies a batch to funnel_daily in one transaction: the event ids not seen before by this
 * consumer are recorded and only their steps are added, so a redelivered batch adds nothing.
 */
export async function applyFunnelBatch(prisma: PrismaClient, consumer: string, events: ConsumedEvent[]): Promise<number> {
  const relevant = events.map((e) => ({ id: e.envelope.eventId, steps: funnelSteps(e) })).filter((e) => e.steps.length > 0);
  if (relevant.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    const fresh = await tx.$queryRaw<{ event_id: string }[]>`
      INSERT INTO analytics_processed_events (consumer, event_id) SELECT ${consumer}, unnest(${relevant.map((r) => r.id)}::uuid[])
      ON CONFLICT DO NOTHING RETURNING event_id::text`;
    const freshIds = new Set(fresh.map((f) => f.event_id));
    const sums = new Map<string, { day: string; productId: number; opened: number; clicked: number; bought: number }>();
    for (const r of relevant) {
      if (!freshIds.has(r.id)) continue;
      for (const s of r.steps) {
        const key = `${s.day}|${s.productId}`;
        const row = sums.get(key) ?? { day: s.day, productId: s.productId, opened: 0, clicked: 0, bought: 0 };
        row[s.step] += 1;
        sums.set(key, row);
      }
    }
    const rows = [...sums.values()];
    if (rows.length > 0) {
      await tx.$executeRaw`
        INSERT INTO funnel_daily (day, product_id, opened, clicked, bought, updated_at)
        SELECT d, p, o, c, b, now() FROM unnest(${rows.map((r) => r.day)}::date[], ${rows.map((r) => r.productId)}::int[],
          ${rows.map((r) => r.opened)}::int[], ${rows.map((r) => r.clicked)}::int[], ${rows.map((r) => r.bought)}::int[]) AS t(d, p, o, c, b)
        ON CONFLICT (day, product_id) DO UPDATE SET
          opened = funnel_daily.opened + EXCLUDED.opened, clicked = funnel_daily.clicked + EXCLUDED.clicked,
          bought = funnel_daily.bought + EXCLUDED.bought, updated_at = now()`;
    }
    return freshIds.size;
  });
}
