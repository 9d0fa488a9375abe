import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { TOPICS } from '../../lib/kafka.ts';

/** Most events one batch may carry; more is 413 `payload_too_large`. */
export const MAX_CLIENT_EVENTS_PER_BATCH = 100;

/** One event the web app reports: the shop was shown (with the products on it), or a buy button was clicked. */
export const ZClientEvent = z.discriminatedUnion('type', [
  z.object({
    event_id: z.string().uuid(),
    type: z.literal('shop_opened'),
    product_ids: z.array(z.number().int().positive()).min(1).max(50),
    occurred_at: z.string().datetime({ offset: true }).optional(),
  }),
  z.object({
    event_id: z.string().uuid(),
    type: z.literal('buy_clicked'),
    product_id: z.number().int().positive(),
    occurred_at: z.string().datetime({ offset: true }).optional(),
  }),
]);
export type ClientEvent = z.infer<typeof ZClientEvent>;

/** Body of `POST /api/analytics/events`. */
export const ZClientEventBatch = z.object({ events: z.array(ZClientEvent).min(1) });

/** Refuses a batch of more than MAX_CLIENT_EVENTS_PER_BATCH events before validating each (413). */
export function assertBatchSize(body: unknown): void {
  const events = (body as { events?: unknown } | undefined)?.events;
  if (Array.isArray(events) && events.length > MAX_CLIENT_EVENTS_PER_BATCH) {
    throw AppError.of('payload_too_large', `At most ${MAX_CLIENT_EVENTS_PER_BATCH} events per batch (got ${events.length})`);
  }
}

/** The outbox event id of a client event: the same (player, client id) always gives the same id, another player's never. */
export function clientEventOutboxId(userId: string, clientEventId: string): string {
  const h = createHash('sha256').update(`${userId}:${clientEventId.toLowerCase()}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Writes a batch of client events to the outbox (→ `casino.client_events`) in one statement.
 * A client event id already recorded for this player is skipped, so a retried batch counts once.
 */
export async function recordClientEvents(prisma: PrismaClient, opts: { userId: string; events: ClientEvent[] }): Promise<{ accepted: number; duplicates: number }> {
  const seen = new Set<string>();
  const rows = opts.events
    .map((e) => ({ id: clientEventOutboxId(opts.userId, e.event_id), e }))
    .filter((r) => !seen.has(r.id) && seen.add(r.id));
  const ids = rows.map((r) => r.id);
  const payloads = rows.map((r) =>
    JSON.stringify({
      userId: opts.userId,
      clientEventId: r.e.event_id,
      type: r.e.type,
      productIds: r.e.type === 'shop_opened' ? r.e.product_ids : [r.e.product_id],
      occurredAt: r.e.occurred_at ?? new Date().toISOString(),
    }),
  );
  const types = rows.map((r) => `client.${r.e.type}`);
  const inserted = await prisma.$executeRaw`
    INSERT INTO outbox_events (event_id, topic, key, type, payload)
    SELECT id, ${TOPICS.clientEvents}, ${opts.userId}, type, payload::jsonb
    FROM unnest(${ids}::uuid[], ${types}::text[], ${payloads}::text[]) AS t(id, type, payload)
    ON CONFLICT (event_id) DO NOTHING`;
  return { accepted: inserted, duplicates: opts.events.length - inserted };
}
