import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { purchaseStateQuery } from '../../workflows/messages/purchase.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

describe('durable purchases: authorize → capture → grant', () => {
  let s: PurchaseStack;
  let player: TestPlayer;
  beforeAll(async () => {
    s = await startPurchaseStack();
    player = await signUpPlayer(s.api);
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const buy = (card: string, opts: { productId?: number; key?: string; who?: TestPlayer } = {}) =>
    http(s.api.baseUrl, 'POST', '/api/shop/purchases', {
      headers: { ...(opts.who ?? player).auth, 'idempotency-key': opts.key ?? randomUUID() },
      body: { product_id: opts.productId ?? 2002, payment_method: card },
    });
  const balance = async (who = player) => (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: who.id } })).goldBalance;
  const purchaseRow = (receipt: string) => s.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: receipt } });
  const waitForStatus = async (receipt: string, status: string, timeout = 25_000) => {
    await expect.poll(async () => (await purchaseRow(receipt)).status, { timeout, interval: 200 }).toBe(status);
    return purchaseRow(receipt);
  };
  const providerPayments = async () => (await s.sandbox.control('GET', `/__sandbox/accounts/${s.apiKey}/payments`)).data as any[];
  const providerPayment = async (receipt: string) => (await providerPayments()).find((p) => p.receipt_code === receipt);

  it('grants the gold once on the happy path and answers 201 with Location', async () => {
    const before = await balance();
    const res = await buy(CARDS.success);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'success', product_id: 2002, gold: 6_000, amount_cents: 499, failure_reason: null });
    expect(res.headers.get('location')).toBe(`/api/shop/purchases/${res.body.receipt_code}`);
    expect(await balance()).toBe(before + 6_000);
    const entries = await s.api.deps.prisma.ledgerEntry.findMany({ where: { reason: 'purchase', ref: res.body.receipt_code } });
    expect(entries).toHaveLength(1);
    expect((await providerPayment(res.body.receipt_code)).status).toBe('captured');
    const handle = s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(res.body.receipt_code));
    expect((await handle.result()).status).toBe('success');
    const description = await handle.describe();
    expect(description.status.name).toBe('COMPLETED');
    expect(description.typedSearchAttributes.getAll().map((p) => [p.key.name, p.value])).toEqual(
      expect.arrayContaining([['PurchaseStatus', 'success'], ['UserId', player.id], ['ReceiptCode', res.body.receipt_code], ['ProductId', '2002']]),
    );
    const own = await http(s.api.baseUrl, 'GET', `/api/shop/purchases/${res.body.receipt_code}`, { headers: player.auth });
    expect(own.body.status).toBe('success');
  });

  it('fails a declined card without granting anything', async () => {
    const before = await balance();
    const res = await buy(CARDS.declined);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'failed', failure_reason: 'card_declined' });
    expect(await balance()).toBe(before);
  });

  it('settles a pending payment by the webhook', async () => {
    const before = await balance();
    const res = await buy(CARDS.pendingThenSuccess);
    expect(res.body.status).toBe('pending');
    const row = await waitForStatus(res.body.receipt_code, 'success');
    expect(row.gold).toBe(6_000);
    expect(await balance()).toBe(before + 6_000);
    const state = await s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(res.body.receipt_code)).query(purchaseStateQuery);
    expect(state.status).toBe('success');
    expect(await s.api.deps.prisma.paymentWebhookEvent.count({ where: { receiptCode: res.body.receipt_code } })).toBeGreaterThan(0);
  });

  it('settles a pending payment by polling when no webhook ever comes', async () => {
    const res = await buy(CARDS.pendingNoWebhook);
    expect(res.body.status).toBe('pending');
    await waitForStatus(res.body.receipt_code, 'success');
    const state = await s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(res.body.receipt_code)).query(purchaseStateQuery);
    expect(state.polls).toBeGreaterThan(0);
    expect(await s.api.deps.prisma.paymentWebhookEvent.count({ where: { receiptCode: res.body.receipt_code, status: 'authorized' } })).toBe(0);
  });

  it('fails a pending payment the provider declines', async () => {
    const before = await balance();
    const res = await buy(CARDS.pendingThenDeclined);
    const row = await waitForStatus(res.body.receipt_code, 'failed');
    expect(row.failureReason).toBeTruthy();
    expect(await balance()).toBe(before);
  });

  it('voids the authorization when capture fails', async () => {
    const before = await balance();
    const res = await buy(CARDS.captureFails);
    expect(res.body).toMatchObject({ status: 'failed', failure_reason: 'capture_declined' });
    expect((await providerPayment(res.body.receipt_code)).status).toBe('voided');
    expect(await balance()).toBe(before);
  });

  it('completes after a provider outage during capture', async () => {
    const before = await balance();
    // The card stays pending for a moment; the outage starts before capture and lasts 3 s.
    const res = await buy(CARDS.pendingNoWebhook);
    await s.sandbox.control('POST', '/__sandbox/outage', { duration_ms: 3_000 });
    const row = await waitForStatus(res.body.receipt_code, 'success', 30_000);
    expect(row.status).toBe('success');
    expect(await balance()).toBe(before + 6_000);
  });

  it('fails a payment still pending at the deadline and voids it', async () => {
    const quick = await startPurchaseStack({ PURCHASE_PENDING_DEADLINE_MS: '1500' }, { pendingMs: 60_000 });
    try {
      const p = await signUpPlayer(quick.api);
      const res = await http(quick.api.baseUrl, 'POST', '/api/shop/purchases', {
        headers: { ...p.auth, 'idempotency-key': randomUUID() },
        body: { product_id: 2001, payment_method: CARDS.pendingNoWebhook },
      });
      await expect.poll(async () => (await quick.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: res.body.receipt_code } })).failureReason, { timeout: 20_000 }).toBe('pending_timeout');
      const payments = (await quick.sandbox.control('GET', `/__sandbox/accounts/${quick.apiKey}/payments`)).data as any[];
      expect(payments.find((x) => x.receipt_code === res.body.receipt_code).status).toBe('voided');
    } finally {
      await quick.close();
    }
  });

  it('returns the same purchase for 20 concurrent POSTs with one key: one authorization at the provider', async () => {
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => buy(CARDS.success, { key })));
    expect(answers.filter((a) => a.status !== 200 && a.status !== 201).map((a) => [a.status, a.body])).toEqual([]);
    const receipts = new Set(answers.map((a) => a.body.receipt_code));
    expect(receipts.size).toBe(1);
    const [receipt] = [...receipts];
    await waitForStatus(receipt!, 'success');
    expect(await s.api.deps.prisma.purchase.count({ where: { userId: player.id, idempotencyKey: key } })).toBe(1);
    expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'purchase', ref: receipt } })).toBe(1);
    const payments = (await providerPayments()).filter((p) => p.receipt_code === receipt);
    expect(payments).toHaveLength(1);
    expect(payments[0].authorize_calls).toBe(1);
  });

  it('refuses the same key with a different body with 422 idempotency_key_reused', async () => {
    const key = randomUUID();
    expect((await buy(CARDS.success, { key })).status).toBe(201);
    const again = await buy(CARDS.success, { key, productId: 2001 });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('idempotency_key_reused');
  });

  it('answers bad requests with 4xx and starts nothing', async () => {
    // A player of its own: other files share the database, so only this player's rows can be counted.
    const who = await signUpPlayer(s.api);
    const noKey = await http(s.api.baseUrl, 'POST', '/api/shop/purchases', { headers: who.auth, body: { product_id: 2002, payment_method: CARDS.success } });
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.message).toContain('Idempotency-Key');
    expect((await buy(CARDS.success, { productId: 9999, who })).status).toBe(404);
    const vip = await buy(CARDS.success, { productId: 1004, who });
    expect(vip.status).toBe(403);
    expect(vip.body.error.code).toBe('vip_only');
    expect((await http(s.api.baseUrl, 'POST', '/api/shop/purchases', { headers: { ...who.auth, 'idempotency-key': randomUUID() }, body: { product_id: 'x' } })).status).toBe(400);
    expect(await s.api.deps.prisma.purchase.count({ where: { userId: who.id } })).toBe(0);
  });

  it("answers another player's receipt with 404", async () => {
    const res = await buy(CARDS.success);
    const other = await signUpPlayer(s.api);
    expect((await http(s.api.baseUrl, 'GET', `/api/shop/purchases/${res.body.receipt_code}`, { headers: other.auth })).status).toBe(404);
    const list = await http(s.api.baseUrl, 'GET', '/api/shop/purchases?status=success', { headers: player.auth });
    expect(list.body.items.some((p: { receipt_code: string }) => p.receipt_code === res.body.receipt_code)).toBe(true);
  });

  it('shows catalog 1 and 2 with the VIP-only pack unavailable to a standard player', async () => {
    const res = await http(s.api.baseUrl, 'GET', '/api/shop/catalog', { headers: player.auth });
    // The seeded products (four-digit ids), in order; tests running beside this one add products of their own.
    const seeded = res.body.products.map((p: { id: number }) => p.id).filter((id: number) => id < 10_000);
    expect(seeded).toEqual([1001, 1002, 1003, 1004, 2001, 2002, 2003, 2004]);
    expect(res.body.products.find((p: { id: number }) => p.id === 1004)).toMatchObject({ vip_only: true, available: false });
    expect(res.body.products.find((p: { id: number }) => p.id === 2004)).toMatchObject({ price_cents: 2_299, discount_percent: 15 });
  });
});
