import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyLedgerEntry } from '../../services/ledger/apply-ledger-entry.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

describe('support: stuck purchases and repairs', () => {
  let s: PurchaseStack;
  let admin: TestPlayer;
  let player: TestPlayer;
  beforeAll(async () => {
    // Pending payments stay pending for a minute and are polled rarely: they are "stuck".
    s = await startPurchaseStack({ PURCHASE_POLL_INITIAL_MS: '60000', PURCHASE_POLL_MAX_MS: '60000' }, { pendingMs: 60_000 });
    await s.sandbox.control('POST', `/__sandbox/accounts/${s.apiKey}/settings`, { webhooks_enabled: false });
    admin = await signUpPlayer(s.api, { role: 'ADMIN' });
    player = await signUpPlayer(s.api);
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const buy = async (card: string, productId = 2001) =>
    (await http(s.api.baseUrl, 'POST', '/api/shop/purchases', { headers: { ...player.auth, 'idempotency-key': randomUUID() }, body: { product_id: productId, payment_method: card } })).body;
  const act = (receipt: string, action: string, reason = 'support ticket 42') =>
    http(s.api.baseUrl, 'POST', `/api/admin/purchases/${receipt}/${action}`, { headers: admin.auth, body: { reason } });
  const audit = (receipt: string) => s.api.deps.prisma.auditLog.findMany({ where: { targetId: receipt }, orderBy: { id: 'asc' } });

  it('lists pending purchases older than a threshold with their Temporal UI links, for operators only', async () => {
    const p = await buy(CARDS.pendingNoWebhook);
    await s.api.deps.prisma.purchase.update({ where: { receiptCode: p.receipt_code }, data: { createdAt: new Date(Date.now() - 10 * 60_000) } });
    const fresh = await buy(CARDS.pendingNoWebhook);
    const res = await http(s.api.baseUrl, 'GET', '/api/admin/purchases?status=pending&olderThan=5m', { headers: admin.auth });
    expect(res.status).toBe(200);
    const receipts = res.body.items.map((i: { receipt_code: string }) => i.receipt_code);
    expect(receipts).toContain(p.receipt_code);
    expect(receipts).not.toContain(fresh.receipt_code);
    const item = res.body.items.find((i: { receipt_code: string }) => i.receipt_code === p.receipt_code);
    expect(item).toMatchObject({ user_id: player.id, nickname: player.nickname, phase: 'awaiting_provider' });
    expect(item.temporal_ui_url).toContain(encodeURIComponent(`purchase:${p.receipt_code}`));
    expect((await http(s.api.baseUrl, 'GET', '/api/admin/purchases', { headers: player.auth })).status).toBe(403);
    expect((await http(s.api.baseUrl, 'GET', '/api/admin/purchases?olderThan=5 minutes', { headers: admin.auth })).status).toBe(400);
  });

  it('retry now asks the provider at once; fail voids the authorization; both are audited', async () => {
    const p = await buy(CARDS.pendingNoWebhook);
    const retry = await act(p.receipt_code, 'retry');
    expect(retry.status).toBe(200);
    expect(retry.body.message).toMatch(/asked again/);
    const fail = await act(p.receipt_code, 'fail', 'player asked to cancel');
    expect(fail.status).toBe(200);
    expect(fail.body.purchase).toMatchObject({ status: 'failed', failure_reason: 'failed_by_operator' });
    const payments = (await s.sandbox.control('GET', `/__sandbox/accounts/${s.apiKey}/payments?receipt_code=${p.receipt_code}`)).data;
    expect(payments[0].status).toBe('voided');
    const again = await act(p.receipt_code, 'retry');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('not_pending');
    const log = await audit(p.receipt_code);
    expect(log.map((e) => [e.action, e.adminId, e.reason, (e.details as { outcome: string }).outcome])).toEqual([
      ['purchase.retry', admin.id, 'support ticket 42', 'poll_requested'],
      ['purchase.fail', admin.id, 'player asked to cancel', 'failed'],
      ['purchase.retry', admin.id, 'support ticket 42', 'refused'],
    ]);
  });

  it('refunds a successful purchase: provider refund + ledger clawback, once', async () => {
    const p = await buy(CARDS.success);
    expect(p.status).toBe('success');
    const before = (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance;
    const res = await act(p.receipt_code, 'refund', 'chargeback');
    expect(res.status).toBe(200);
    expect(res.body.purchase.status).toBe('refunded');
    expect((await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance).toBe(before - 2_600);
    expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'refund', ref: p.receipt_code } })).toBe(1);
    const payments = (await s.sandbox.control('GET', `/__sandbox/accounts/${s.apiKey}/payments?receipt_code=${p.receipt_code}`)).data;
    expect(payments[0].status).toBe('refunded');
    const twice = await act(p.receipt_code, 'refund', 'again');
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('not_refundable');
  });

  it('stops and reports a refund that would take the balance below zero, moving nothing', async () => {
    const spender = await signUpPlayer(s.api);
    const res = await http(s.api.baseUrl, 'POST', '/api/shop/purchases', { headers: { ...spender.auth, 'idempotency-key': randomUUID() }, body: { product_id: 2001, payment_method: CARDS.success } });
    expect(res.body.status).toBe('success');
    // The player spends most of it.
    await applyLedgerEntry(s.api.deps.prisma, { userId: spender.id, delta: -3_000, reason: 'game_bet', ref: `spend-${spender.id}` });
    const refund = await act(res.body.receipt_code, 'refund', 'chargeback');
    expect(refund.status).toBe(409);
    expect(refund.body.error).toMatchObject({ code: 'refund_blocked', details: { balance: 600, gold: 2_600 } });
    const row = await s.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: res.body.receipt_code } });
    expect(row.status).toBe('success');
    expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'refund', ref: res.body.receipt_code } })).toBe(0);
    const log = await audit(res.body.receipt_code);
    expect(log.at(-1)).toMatchObject({ action: 'purchase.refund', details: { outcome: 'refused', code: 'refund_blocked' } });
  });

  it('needs a reason', async () => {
    const p = await buy(CARDS.pendingNoWebhook);
    const res = await http(s.api.baseUrl, 'POST', `/api/admin/purchases/${p.receipt_code}/fail`, { headers: admin.auth, body: {} });
    expect(res.status).toBe(400);
    expect((await act('CC-DOESNOTEXIST00', 'fail')).status).toBe(404);
  });
});
