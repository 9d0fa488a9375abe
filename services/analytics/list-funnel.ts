import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';

/** Query of the funnel: the last `days` UTC days, optionally one product. */
export const ZFunnelQuery = z.object({
  days: z.coerce.number().int().min(1).max(90).default(14),
  product_id: z.coerce.number().int().positive().optional(),
});

/** One product's funnel on one UTC day, with its conversion rates (null when the step before is 0). */
export interface FunnelRow {
  day: string;
  product_id: number;
  opened: number;
  clicked: number;
  bought: number;
  click_rate: number | null;
  buy_rate: number | null;
  conversion: number | null;
}

const rate = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10_000) / 10_000 : null);

/** The funnel rows the analytics consumer built, newest day first. */
export async function listFunnel(prisma: PrismaClient, query: z.infer<typeof ZFunnelQuery>): Promise<FunnelRow[]> {
  const since = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - (query.days - 1)));
  const rows = await prisma.funnelDaily.findMany({
    where: { day: { gte: since }, ...(query.product_id ? { productId: query.product_id } : {}) },
    orderBy: [{ day: 'desc' }, { productId: 'asc' }],
  });
  return rows.map((r) => ({
    day: r.day.toISOString().slice(0, 10),
    product_id: r.productId,
    opened: r.opened,
    clicked: r.clicked,
    bought: r.bought,
    click_rate: rate(r.clicked, r.opened),
    buy_rate: rate(r.bought, r.clicked),
    conversion: rate(r.bought, r.opened),
  }));
}
