import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPurchaseMetrics } from '../../lib/metrics/purchases.ts';
import { freeLocalPort } from '../../worker/metrics-server.ts';
import { signWebhook, type WebhookSignatureHeaders } from '../../lib/payments/webhook-signature.ts';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { purchaseStateQuery } from '../../workflows/messages/purchase.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http, startTestWorker, workerProcesses } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';
import { openEventStream } from '../support/sse.ts';


async function buy(s: PurchaseStack, who: TestPlayer, card: string, productId = 2002) {
  const res = await http(s.api.baseUrl, 'POST', '/api/shop/purchases', {
    headers: { ...who.auth, 'idempotency-key': randomUUID() },
    body: { product_id: productId, payment_method: card },
  });
  if (res.status !== 201) throw new Error(`purchase answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body as { receipt_code: string; status: string };
}

describe('a worker killed between capture and grant', () => {
  let s: PurchaseStack;
  const workers = workerProcesses(() => s.config);
  beforeAll(async () => {
    s = await startPurchaseStack({}, { worker: false });
  });
  afterAll(async () => {
    workers.killAll();
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  it('grants exactly once after the worker is started again', async () => {
    const player = await signUpPlayer(s.api);
    // Hold the player's row so the grant blocks mid-flight, after capture.
    const blocker = new pg.Client({ connectionString: s.config.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE', [player.id]);
    try {
      const first = workers.spawn();
      const purchase = await buy(s, player, CARDS.success);
      // The phases between start and decision live in the workflow (its query), not in the read model.
      const phase = async () => (await s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(purchase.receipt_code)).query(purchaseStateQuery)).phase;
      await expect.poll(phase, { timeout: 30_000, interval: 100 }).toBe('granting');
      await workers.kill(first);
      await blocker.query('ROLLBACK');
      workers.spawn();
      const result = await s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(purchase.receipt_code)).result();
      expect(result.status).toBe('success');
      expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'purchase', ref: purchase.receipt_code } })).toBe(1);
      expect((await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance).toBe(1_000 + 6_000);
    } finally {
      await blocker.end();
    }
  });
});

describe('webhooks', () => {
  let s: PurchaseStack;
  let player: TestPlayer;
  beforeAll(async () => {
    // The sandbox decides payments after 1 s but sends no webhooks, and the workflow polls only
    // after a minute: the test delivers the webhooks itself.
    s = await startPurchaseStack({ PURCHASE_POLL_INITIAL_MS: '60000', PURCHASE_POLL_MAX_MS: '60000' }, { pendingMs: 1_000 });
    await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { webhooks_enabled: false });
    player = await signUpPlayer(s.api);
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const secret = () => s.config.PAYMENT_WEBHOOK_SECRETS[0]!;
  const deliver = (body: string, headers: Record<string, string> | WebhookSignatureHeaders) =>
    http(s.api.baseUrl, 'POST', '/api/shop/webhook/payment', { rawBody: body, headers: { ...headers } });
  /** Waits until the provider has authorized the payment, then builds the event a provider would send. */
  const eventFor = async (receipt: string) => {
    const find = async () => (await s.sandbox.control('GET', `/__sandbox/accounts/${s.apiKey}/payments?receipt_code=${receipt}`)).data[0];
    await expect.poll(async () => (await find()).status, { timeout: 10_000 }).toBe('authorized');
    const payment = await find();
    return { event_id: `evt_${randomUUID()}`, status: 'authorized', receipt_code: receipt, payment_id: payment.payment_id, amount: payment.amount };
  };
  const stateOf = (receipt: string) => s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(receipt)).query(purchaseStateQuery);
  const nothingChanged = async (receipt: string) => {
    expect((await stateOf(receipt)).phase).toBe('awaiting_provider');
    expect(await s.api.deps.prisma.paymentWebhookEvent.count({ where: { receiptCode: receipt } })).toBe(0);
  };

  it('refuses a forged signature, a stale timestamp and a replayed nonce, and changes nothing', async () => {
    const purchase = await buy(s, player, CARDS.pendingThenSuccess);
    expect(purchase.status).toBe('pending');
    const body = JSON.stringify(await eventFor(purchase.receipt_code));

    const forged = await deliver(body, signWebhook('whsec_someone_else_entirely', body));
    expect(forged.status).toBe(401);
    expect(forged.body.error.code).toBe('webhook_signature_invalid');

    const stale = await deliver(body, signWebhook(secret(), body, { timestamp: Math.floor(Date.now() / 1000) - 301 }));
    expect(stale.status).toBe(401);
    expect(stale.body.error.code).toBe('webhook_stale');

    const tampered = signWebhook(secret(), body);
    expect((await deliver(body.replace('"amount":', '"amount": '), tampered)).status).toBe(401);
    await nothingChanged(purchase.receipt_code);

    // A genuine delivery replayed byte for byte (same nonce) is refused the second time.
    const genuine = signWebhook(secret(), body);
    const first = await deliver(body, genuine);
    expect(first.status).toBe(200);
    const replay = await deliver(body, genuine);
    expect(replay.status).toBe(409);
    expect(replay.body.error.code).toBe('webhook_replayed');
    await expect.poll(async () => (await stateOf(purchase.receipt_code)).status, { timeout: 15_000 }).toBe('success');
  });

  it('answers a duplicate event 200 and changes nothing; an unknown receipt 404', async () => {
    const purchase = await buy(s, player, CARDS.pendingThenSuccess);
    const event = await eventFor(purchase.receipt_code);
    const body = JSON.stringify(event);
    expect((await deliver(body, signWebhook(secret(), body))).body).toEqual({ received: true, duplicate: false });
    await expect.poll(async () => (await stateOf(purchase.receipt_code)).status, { timeout: 15_000 }).toBe('success');
    const again = await deliver(body, signWebhook(secret(), body));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ received: true, duplicate: true });
    expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'purchase', ref: purchase.receipt_code } })).toBe(1);

    const unknown = JSON.stringify({ ...event, event_id: `evt_${randomUUID()}`, receipt_code: 'CC-NOSUCHRECEIPT' });
    expect((await deliver(unknown, signWebhook(secret(), unknown))).status).toBe(404);
  });

  it('accepts either of two secrets during a rotation, and no other', async () => {
    const rotated = await startPurchaseStack({ PAYMENT_WEBHOOK_SECRETS: `whsec_old_secret_0123456789,${secret()}` }, { worker: false });
    try {
      // An unknown receipt: a signature that verifies gets as far as the lookup (404), one that does not stops at 401.
      const body = JSON.stringify({ event_id: `evt_${randomUUID()}`, status: 'authorized', receipt_code: 'CC-NOSUCHRECEIPT', payment_id: 'pay_x', amount: 199 });
      const post = (signer: string) => http(rotated.api.baseUrl, 'POST', '/api/shop/webhook/payment', { rawBody: body, headers: { ...signWebhook(signer, body) } });
      expect((await post(secret())).status).toBe(404);
      expect((await post('whsec_old_secret_0123456789')).status).toBe(404);
      expect((await post('whsec_never_configured_anywhere')).status).toBe(401);
    } finally {
      await rotated.close();
    }
  });
});

describe('100 purchases with 1,000 webhook deliveries, duplicated and reordered', () => {
  let s: PurchaseStack;
  beforeAll(async () => {
    s = await startPurchaseStack({ PURCHASE_POLL_INITIAL_MS: '5000', PURCHASE_POLL_MAX_MS: '5000', DATABASE_POOL_SIZE: '20' }, { pendingMs: 1_000 });
    await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { webhook_duplicates: 4, webhook_reorder: true });
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  it('grants each purchase exactly once', async () => {
    const players = await Promise.all(Array.from({ length: 10 }, () => signUpPlayer(s.api)));
    const purchases = await Promise.all(Array.from({ length: 100 }, (_, i) => buy(s, players[i % 10]!, CARDS.pendingThenSuccess, 2001)));
    const receipts = purchases.map((p) => p.receipt_code);
    await expect
      .poll(async () => s.api.deps.prisma.purchase.count({ where: { receiptCode: { in: receipts }, status: 'success' } }), { timeout: 90_000, interval: 500 })
      .toBe(100);
    const payments = (await s.sandbox.control('GET', `/__sandbox/accounts/${s.apiKey}/payments`)).data as { webhooks: { deliveries: unknown[] }[] }[];
    const deliveries = payments.flatMap((p) => p.webhooks.flatMap((w) => w.deliveries));
    expect(deliveries.length).toBeGreaterThanOrEqual(1_000);
    const grants = await s.api.deps.prisma.ledgerEntry.groupBy({ by: ['ref'], where: { reason: 'purchase', ref: { in: receipts } }, _count: true });
    expect(grants).toHaveLength(100);
    expect(grants.every((g) => g._count === 1)).toBe(true);
    for (const p of players) {
      const user = await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: p.id } });
      expect(user.goldBalance).toBe(1_000 + 10 * 2_600);
    }
  });
});

describe('live updates', () => {
  let s: PurchaseStack;
  beforeAll(async () => {
    s = await startPurchaseStack({}, { pendingMs: 800 });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('pushes purchase_update from pending to success and profile_update with the new balance', async () => {
    const player = await signUpPlayer(s.api);
    const stream = await openEventStream(s.api.baseUrl, player.accessToken);
    try {
      const purchase = await buy(s, player, CARDS.pendingThenSuccess);
      await stream.next((e) => e.event === 'purchase_update' && e.data.receipt_code === purchase.receipt_code && e.data.status === 'pending');
      await stream.next((e) => e.event === 'purchase_update' && e.data.receipt_code === purchase.receipt_code && e.data.status === 'success');
      const profile = await stream.next((e) => e.event === 'profile_update');
      expect(profile.data.gold_balance).toBe(1_000 + 6_000);
    } finally {
      stream.close();
    }
  });
});

describe('worker metrics', () => {
  it("serves the Temporal SDK's latencies beside its own on the worker process's /metrics", async () => {
    const s = await startPurchaseStack({}, { worker: false });
    const workers = workerProcesses(() => s.config);
    try {
      const port = await freeLocalPort();
      workers.spawn({ WORKER_METRICS_PORT: String(port), API_HOST: '127.0.0.1' });
      const player = await signUpPlayer(s.api);
      await buy(s, player, CARDS.success);
      const scrape = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/metrics`).catch(() => null);
        return res?.ok ? res.text() : '';
      };
      // The SDK exports on its own schedule: wait until the purchase's tasks are counted.
      await expect.poll(async () => /temporal_activity_execution_latency_count\{[^}]*\} [1-9]/.test(await scrape()), { timeout: 30_000, interval: 500 }).toBe(true);
      const text = await scrape();
      for (const metric of ['temporal_workflow_task_schedule_to_start_latency_bucket', 'temporal_workflow_task_execution_latency_bucket', 'temporal_activity_schedule_to_start_latency_bucket', 'purchases_pending']) {
        expect(text, metric).toContain(metric);
      }
    } finally {
      workers.killAll();
      await s.close();
    }
  });


  it('counts purchases by final status and times them', async () => {
    const s = await startPurchaseStack({}, { worker: false });
    const registry = new Registry();
    const worker = await startTestWorker(s.config, { purchaseMetrics: createPurchaseMetrics(registry, s.api.deps.prisma) });
    try {
      const player = await signUpPlayer(s.api);
      await buy(s, player, CARDS.success);
      await buy(s, player, CARDS.declined);
      await expect.poll(async () => (await registry.getSingleMetricAsString('purchase_attempt_total')).includes('status="failed"} 1'), { timeout: 10_000 }).toBe(true);
      const text = await registry.metrics();
      expect(text).toContain('purchase_attempt_total{status="success"} 1');
      expect(text).toMatch(/purchase_duration_seconds_count\{status="success"\} 1/);
      expect(text).toMatch(/purchases_pending \d+/);
    } finally {
      await worker.stop();
      await s.close();
    }
  });
});
