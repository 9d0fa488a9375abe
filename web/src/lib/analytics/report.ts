// Funnel events from the browser (best effort: a lost event only lowers a count). Each event
// has its own id, so a retried post counts once.

/** One funnel event as `POST /api/analytics/events` takes it, without its id. */
export type FunnelEvent = { type: 'shop_opened'; product_ids: number[] } | { type: 'buy_clicked'; product_id: number };

/** Sends funnel events through the site's `/analytics` (keepalive: it survives the navigation a buy starts). */
export function reportFunnel(...events: FunnelEvent[]): void {
  if (typeof window === 'undefined' || events.length === 0) return;
  const body = JSON.stringify({ events: events.map((e) => ({ ...e, event_id: crypto.randomUUID(), occurred_at: new Date().toISOString() })) });
  void fetch('/analytics', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true }).catch(() => undefined);
}
