import { randomUUID } from 'node:crypto';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdWorkflowId, purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { WORKFLOW_BUNDLE_PATH } from '../../worker/bundle.ts';
import { holdStateQuery } from '../../workflows/messages/limited-hold.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';
import { openEventStream } from '../support/sse.ts';

const TTL_SECONDS = 6;

describe('limited packages: holds, checkout through a child purchase, promo codes', () => {
  let s: PurchaseStack;
  let admin: TestPlayer;
  let player: TestPlayer;
  beforeAll(async () => {
    s = await startPurchaseStack({ LIMITED_HOLD_TTL_SECONDS: String(TTL_SECONDS) });
    admin = await signUpPlayer(s.api, { role: 'ADMIN' });
    player = await signUpPlayer(s.api);
  });
  afterAll(async () => {
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const uniqueCode = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
  const putPackage = async (code: string, body: Record<string, unknown> = {}) => {
    const res = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, {
      headers: admin.auth,
      body: { name: `Limited ${code}`, gold: 6_000, price_cents: 499, stock_total: 10, per_user_limit: 5, ...body },
    });
    expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
    return res.body;
  };
  const putPromo = async (code: string, body: Record<string, unknown>) => {
    const res = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/promo-codes/${code}`, { headers: admin.auth, body });
    expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
    return res.body;
  };
  const hold = (code: string, who = player, headers: Record<string, string> = {}) =>
    http(s.api.baseUrl, 'POST', `/api/shop/limited/${code}/holds`, { headers: { ...who.auth, ...headers } });
  const heldId = async (code: string, who = player) => {
    const res = await hold(code, who);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.hold_id as string;
  };
  const checkout = (holdId: string, body: Record<string, unknown>, opts: { who?: TestPlayer; key?: string } = {}) =>
    http(s.api.baseUrl, 'POST', `/api/shop/limited/holds/${holdId}/checkout`, {
      headers: { ...(opts.who ?? player).auth, 'idempotency-key': opts.key ?? randomUUID() },
      body,
    });
  /** The checkout's purchase once decided: under load a checkout may answer `pending` first. */
  const decided = async (res: { body: any }) => {
    if (res.body.status !== 'pending') return res.body;
    const row = () => s.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: res.body.receipt_code } });
    await expect.poll(async () => (await row()).status, { timeout: 20_000, interval: 100 }).not.toBe('pending');
    const final = await row();
    return { ...res.body, status: final.status, failure_reason: final.failureReason };
  };
  const stockLeft = async (code: string) => (await s.api.deps.prisma.limitedPackage.findUniqueOrThrow({ where: { code } })).stockLeft;
  const holdRow = (id: string) => s.api.deps.prisma.limitedHold.findUniqueOrThrow({ where: { id } });
  const balance = async (who = player) => (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: who.id } })).goldBalance;
  const providerPayment = async (receipt: string) =>
    ((await s.sandbox.control('GET', `/__sandbox/accounts/${s.apiKey}/payments?receipt_code=${receipt}`)).data as any[])[0];

  it('holds a unit, announces the stock to every client, and sells it through a child PurchaseWorkflow', async () => {
    const code = uniqueCode('SPRING');
    await putPackage(code, { stock_total: 3, per_user_limit: 2 });
    const watcher = await signUpPlayer(s.api);
    const stream = await openEventStream(s.api.baseUrl, watcher.accessToken);
    try {
      const list = await http(s.api.baseUrl, 'GET', '/api/shop/limited', { headers: player.auth });
      expect(list.status).toBe(200);
      expect(list.body.hold_ttl_seconds).toBe(TTL_SECONDS);
      expect(list.body.packages.find((p: { code: string }) => p.code === code)).toMatchObject({ stock_total: 3, stock_left: 3, per_user_limit: 2, user_remaining: 2, price_cents: 499 });

      const before = await balance();
      const placed = await hold(code);
      expect(placed.status).toBe(201);
      expect(placed.body).toMatchObject({ success: true, price_cents: 499, package_code: code, stock_left: 2 });
      expect(placed.headers.get('location')).toBe(`/api/shop/limited/holds/${placed.body.hold_id}`);
      const expiresIn = Date.parse(placed.body.expires_at) - Date.now();
      expect(expiresIn).toBeGreaterThan((TTL_SECONDS - 2) * 1_000);
      expect(expiresIn).toBeLessThanOrEqual(TTL_SECONDS * 1_000);
      await stream.next((e) => e.event === 'limited_stock' && e.data.code === code && e.data.stock_left === 2);

      const mine = await http(s.api.baseUrl, 'GET', '/api/shop/limited', { headers: player.auth });
      expect(mine.body.packages.find((p: { code: string }) => p.code === code).user_remaining).toBe(1);

      const handle = s.api.deps.temporal.workflow.getHandle(holdWorkflowId(placed.body.hold_id));
      const attributes = (await handle.describe()).typedSearchAttributes.getAll().map((p) => [p.key.name, p.value]);
      expect(attributes).toEqual(expect.arrayContaining([['HoldPackage', code], ['UserId', player.id]]));
      expect((await handle.query(holdStateQuery)).phase).toBe('held');

      const bought = await checkout(placed.body.hold_id, { payment_method: CARDS.success });
      expect(bought.status, JSON.stringify(bought.body)).toBe(201);
      expect(await decided(bought)).toMatchObject({
        success: true,
        hold_id: placed.body.hold_id,
        status: 'success',
        product_id: null,
        limited_package_code: code,
        promo_code: null,
        product_name: `Limited ${code}`,
        gold: 6_000,
        amount_cents: 499,
        discount_cents: 0,
      });
      expect(bought.headers.get('location')).toBe(`/api/shop/purchases/${bought.body.receipt_code}`);
      expect(await balance()).toBe(before + 6_000);
      expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'purchase', ref: bought.body.receipt_code } })).toBe(1);
      expect((await providerPayment(bought.body.receipt_code)).status).toBe('captured');

      // The purchase ran as a child of the hold, and the hold ended sold with the stock unchanged.
      const child = await s.api.deps.temporal.workflow.getHandle(purchaseWorkflowId(bought.body.receipt_code)).describe();
      expect(child.parentExecution?.workflowId).toBe(holdWorkflowId(placed.body.hold_id));
      expect((await handle.result()).phase).toBe('sold');
      expect(await holdRow(placed.body.hold_id)).toMatchObject({ status: 'sold', receiptCode: bought.body.receipt_code });
      expect(await stockLeft(code)).toBe(2);
      const own = await http(s.api.baseUrl, 'GET', `/api/shop/limited/holds/${placed.body.hold_id}`, { headers: player.auth });
      expect(own.body).toMatchObject({ status: 'sold', receipt_code: bought.body.receipt_code });
      const purchase = await http(s.api.baseUrl, 'GET', `/api/shop/purchases/${bought.body.receipt_code}`, { headers: player.auth });
      expect(purchase.body).toMatchObject({ status: 'success', limited_package_code: code, product_id: null });
      // Bought units count against the limit: one left of two.
      const after = await http(s.api.baseUrl, 'GET', '/api/shop/limited', { headers: player.auth });
      expect(after.body.packages.find((p: { code: string }) => p.code === code).user_remaining).toBe(1);
    } finally {
      stream.close();
    }
  });

  it('answers blocked attempts with 200 and a reason, and an unknown package with 404', async () => {
    const inactive = uniqueCode('OFF');
    await putPackage(inactive, { is_active: false });
    expect((await hold(inactive)).body).toEqual({ success: false, reason: 'INACTIVE' });

    const later = uniqueCode('LATER');
    await putPackage(later, { starts_at: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await hold(later)).body).toEqual({ success: false, reason: 'OUT_OF_WINDOW' });
    const over = uniqueCode('OVER');
    await putPackage(over, { starts_at: new Date(Date.now() - 7_200_000).toISOString(), ends_at: new Date(Date.now() - 3_600_000).toISOString() });
    expect((await hold(over)).body).toEqual({ success: false, reason: 'OUT_OF_WINDOW' });

    const empty = uniqueCode('EMPTY');
    await putPackage(empty, { stock_total: 0 });
    const res = await hold(empty);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ success: false, reason: 'OUT_OF_STOCK' });

    expect((await hold('NO-SUCH-PACKAGE')).status).toBe(404);
    expect((await http(s.api.baseUrl, 'POST', `/api/shop/limited/${empty}/holds`)).status).toBe(401);
    expect(await s.api.deps.prisma.limitedHold.count({ where: { packageCode: { in: [inactive, later, over, empty] } } })).toBe(0);
  });

  it('gives one player exactly 2 of 20 parallel holds under a per-user limit of 2', async () => {
    const code = uniqueCode('LIMIT');
    await putPackage(code, { stock_total: 100, per_user_limit: 2 });
    const one = await signUpPlayer(s.api);
    const answers = await Promise.all(Array.from({ length: 20 }, () => hold(code, one)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(2);
    expect(answers.filter((a) => a.status === 200).map((a) => a.body.reason)).toEqual(Array(18).fill('USER_LIMIT'));
    expect(await s.api.deps.prisma.limitedHold.count({ where: { packageCode: code, userId: one.id } })).toBe(2);
    expect(await stockLeft(code)).toBe(98);
  });

  it('returns the unit of a cancelled hold once; a second cancel changes nothing and checkout is refused', async () => {
    const code = uniqueCode('CANCEL');
    await putPackage(code, { stock_total: 5 });
    const id = await heldId(code);
    expect(await stockLeft(code)).toBe(4);
    const cancelled = await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${id}`, { headers: player.auth });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ hold_id: id, status: 'released', release_reason: 'cancelled' });
    expect(await stockLeft(code)).toBe(5);
    const again = await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${id}`, { headers: player.auth });
    expect(again.status).toBe(200);
    expect(await stockLeft(code)).toBe(5);
    const late = await checkout(id, { payment_method: CARDS.success });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('hold_closed');
    const other = await signUpPlayer(s.api);
    expect((await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${id}`, { headers: other.auth })).status).toBe(404);
    expect((await http(s.api.baseUrl, 'GET', `/api/shop/limited/holds/${id}`, { headers: other.auth })).status).toBe(404);
  });

  it('returns the unit when its hold expires unbought', async () => {
    const code = uniqueCode('EXPIRE');
    await putPackage(code, { stock_total: 2 });
    const id = await heldId(code);
    expect(await stockLeft(code)).toBe(1);
    await expect.poll(async () => (await holdRow(id)).status, { timeout: (TTL_SECONDS + 10) * 1_000, interval: 200 }).toBe('released');
    expect((await holdRow(id)).releaseReason).toBe('expired');
    expect(await stockLeft(code)).toBe(2);
    expect((await checkout(id, { payment_method: CARDS.success })).body.error.code).toBe('hold_closed');
  });

  it('returns the unit and the promo use when the payment is declined', async () => {
    const code = uniqueCode('DECLINE');
    const promo = uniqueCode('P');
    await putPackage(code, { stock_total: 3 });
    await putPromo(promo, { discount_cents: 50, max_uses: 5 });
    const before = await balance();
    const id = await heldId(code);
    const res = await checkout(id, { payment_method: CARDS.declined, promo_code: promo });
    expect(res.status).toBe(201);
    expect(await decided(res)).toMatchObject({ status: 'failed', failure_reason: 'card_declined', amount_cents: 449, promo_code: promo });
    await expect.poll(async () => (await holdRow(id)).status, { timeout: 10_000 }).toBe('released');
    expect((await holdRow(id)).releaseReason).toBe('payment_failed');
    expect(await stockLeft(code)).toBe(3);
    const promoRow = await s.api.deps.prisma.promoCode.findUniqueOrThrow({ where: { code: promo } });
    expect(promoRow.usedCount).toBe(0);
    expect((await s.api.deps.prisma.promoRedemption.findUniqueOrThrow({ where: { holdId: id } })).status).toBe('released');
    expect(await balance()).toBe(before);
  });

  it('answers a retried checkout with the same purchase; another body is 422, another key 409', async () => {
    const code = uniqueCode('IDEM');
    await putPackage(code, { stock_total: 3 });
    const id = await heldId(code);
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => checkout(id, { payment_method: CARDS.success }, { key })));
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    const receipts = new Set(answers.map((a) => a.body.receipt_code));
    expect(receipts.size).toBe(1);
    const [receipt] = [...receipts];
    await expect.poll(async () => (await holdRow(id)).status, { timeout: 10_000 }).toBe('sold');
    const replay = await checkout(id, { payment_method: CARDS.success }, { key });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toMatchObject({ receipt_code: receipt, status: 'success' });
    expect((await checkout(id, { payment_method: CARDS.declined }, { key })).status).toBe(422);
    const otherKey = await checkout(id, { payment_method: CARDS.success });
    expect(otherKey.status).toBe(409);
    expect(otherKey.body.error.code).toBe('hold_checked_out');
    expect(await s.api.deps.prisma.purchase.count({ where: { limitedPackageCode: code } })).toBe(1);
    expect(await s.api.deps.prisma.ledgerEntry.count({ where: { reason: 'purchase', ref: receipt } })).toBe(1);
    const noKey = await http(s.api.baseUrl, 'POST', `/api/shop/limited/holds/${id}/checkout`, { headers: player.auth, body: { payment_method: CARDS.success } });
    expect(noKey.status).toBe(400);
  });

  it('applies a promo code: 499 → 449, charged at the provider and counted once', async () => {
    const code = uniqueCode('PROMO');
    const promo = uniqueCode('SAVE50');
    await putPackage(code, { stock_total: 5 });
    await putPromo(promo, { discount_cents: 50, max_uses: 10 });
    const preview = await http(s.api.baseUrl, 'POST', '/api/shop/promo/validate', { headers: player.auth, body: { code: promo.toLowerCase(), package_code: code } });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({ valid: true, price_cents: 449, discount_cents: 50, list_price_cents: 499, reason: null });
    const percent = uniqueCode('TENOFF');
    await putPromo(percent, { discount_percent: 10, package_code: code });
    expect((await http(s.api.baseUrl, 'POST', '/api/shop/promo/validate', { headers: player.auth, body: { code: percent, package_code: code } })).body).toMatchObject({
      valid: true,
      price_cents: 450,
      discount_cents: 49,
    });

    const id = await heldId(code);
    const bought = await checkout(id, { payment_method: CARDS.success, promo_code: promo });
    expect(bought.status).toBe(201);
    expect(await decided(bought)).toMatchObject({ status: 'success', amount_cents: 449, discount_cents: 50, promo_code: promo, gold: 6_000 });
    expect((await providerPayment(bought.body.receipt_code)).amount).toBe(449);
    expect(await s.api.deps.prisma.promoCode.findUniqueOrThrow({ where: { code: promo } })).toMatchObject({ usedCount: 1 });
    await expect.poll(async () => (await s.api.deps.prisma.promoRedemption.findUniqueOrThrow({ where: { holdId: id } })).status, { timeout: 10_000 }).toBe('used');
    const row = await s.api.deps.prisma.purchase.findUniqueOrThrow({ where: { receiptCode: bought.body.receipt_code } });
    expect(row).toMatchObject({ amountCents: 449, promoCode: promo, limitedPackageCode: code, productId: null, idempotencyKey: `hold ${id}` });
  });

  it('enforces max uses under concurrency: 10 checkouts, a code good for 3', async () => {
    const code = uniqueCode('RUSH');
    const promo = uniqueCode('FIRST3');
    await putPackage(code, { stock_total: 20 });
    await putPromo(promo, { discount_percent: 20, max_uses: 3 });
    const players = await Promise.all(Array.from({ length: 10 }, () => signUpPlayer(s.api)));
    const holds = await Promise.all(players.map((p) => heldId(code, p)));
    const answers = await Promise.all(holds.map((id, i) => checkout(id, { payment_method: CARDS.success, promo_code: promo }, { who: players[i] })));
    const discounted = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 200);
    expect(discounted).toHaveLength(3);
    expect((await Promise.all(discounted.map(decided))).every((p) => p.amount_cents === 400 && p.status === 'success')).toBe(true);
    expect(refused).toHaveLength(7);
    expect(refused.every((a) => a.body.success === false && a.body.reason === 'PROMO_INVALID')).toBe(true);
    expect(await s.api.deps.prisma.promoCode.findUniqueOrThrow({ where: { code: promo } })).toMatchObject({ usedCount: 3, maxUses: 3 });
    expect(await s.api.deps.prisma.promoRedemption.count({ where: { promoCode: promo } })).toBe(3);
    // The refused ones still hold their unit: each can buy at full price.
    const refusedIdx = answers.map((a, i) => (a.status === 200 ? i : -1)).filter((i) => i >= 0);
    const full = await checkout(holds[refusedIdx[0]!]!, { payment_method: CARDS.success }, { who: players[refusedIdx[0]!] });
    expect(await decided(full)).toMatchObject({ status: 'success', amount_cents: 499 });
    for (const i of refusedIdx.slice(1)) {
      expect((await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${holds[i]}`, { headers: players[i]!.auth })).status).toBe(200);
    }
    expect(await stockLeft(code)).toBe(20 - 4);
  });

  it('refuses an expired promo code with PROMO_INVALID and keeps the hold open', async () => {
    const code = uniqueCode('STALE');
    const promo = uniqueCode('OLD');
    await putPackage(code, { stock_total: 2 });
    await putPromo(promo, { discount_cents: 50, starts_at: new Date(Date.now() - 7_200_000).toISOString(), ends_at: new Date(Date.now() - 3_600_000).toISOString() });
    const preview = await http(s.api.baseUrl, 'POST', '/api/shop/promo/validate', { headers: player.auth, body: { code: promo, package_code: code } });
    expect(preview.body).toEqual({ valid: false, price_cents: 499, discount_cents: 0, list_price_cents: 499, reason: 'PROMO_INVALID' });
    expect((await http(s.api.baseUrl, 'POST', '/api/shop/promo/validate', { headers: player.auth, body: { code: 'NOPE-NOPE', package_code: code } })).body.valid).toBe(false);

    const id = await heldId(code);
    const refused = await checkout(id, { payment_method: CARDS.success, promo_code: promo });
    expect(refused.status).toBe(200);
    expect(refused.body).toEqual({ success: false, reason: 'PROMO_INVALID' });
    expect((await checkout(id, { payment_method: CARDS.success, promo_code: 'NOPE-NOPE' })).body).toEqual({ success: false, reason: 'PROMO_INVALID' });
    expect((await holdRow(id)).status).toBe('held');
    expect(await s.api.deps.prisma.purchase.count({ where: { limitedPackageCode: code } })).toBe(0);
    const bought = await checkout(id, { payment_method: CARDS.success });
    expect(await decided(bought)).toMatchObject({ status: 'success', amount_cents: 499, promo_code: null });
  });

  it('lets operators list open holds, refuse a stock below what is committed, disable a package; all audited', async () => {
    const code = uniqueCode('ADMIN');
    const created = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, {
      headers: admin.auth,
      body: { name: 'Admin pack', gold: 1_000, price_cents: 199, stock_total: 4, per_user_limit: 3 },
    });
    expect(created.status).toBe(201);
    const a = await heldId(code);
    const b = await heldId(code);
    const open = await http(s.api.baseUrl, 'GET', `/api/admin/limited/holds?package_code=${code}`, { headers: admin.auth });
    expect(open.status).toBe(200);
    expect(open.body.items.map((h: { hold_id: string }) => h.hold_id).sort()).toEqual([a, b].sort());
    expect(open.body.items[0].temporal_ui_url).toContain(encodeURIComponent(`hold:${open.body.items[0].hold_id}`));

    const tooSmall = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, { headers: admin.auth, body: { name: 'Admin pack', gold: 1_000, price_cents: 199, stock_total: 1 } });
    expect(tooSmall.status).toBe(409);
    expect(tooSmall.body.error.code).toBe('stock_below_committed');
    const grown = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, { headers: admin.auth, body: { name: 'Admin pack', gold: 1_000, price_cents: 199, stock_total: 10, per_user_limit: 3 } });
    expect(grown.status).toBe(200);
    expect(grown.body).toMatchObject({ stock_total: 10, stock_left: 8, held: 2, sold: 0 });

    const disabled = await http(s.api.baseUrl, 'POST', `/api/admin/limited/packages/${code}/disable`, { headers: admin.auth, body: { reason: 'sale over' } });
    expect(disabled.body).toMatchObject({ is_active: false });
    expect((await hold(code)).body).toEqual({ success: false, reason: 'INACTIVE' });
    expect((await http(s.api.baseUrl, 'GET', '/api/shop/limited', { headers: player.auth })).body.packages.some((p: { code: string }) => p.code === code)).toBe(false);
    // Holds placed before the package was disabled can still be cancelled (or bought).
    expect((await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${a}`, { headers: player.auth })).status).toBe(200);
    expect((await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${b}`, { headers: player.auth })).status).toBe(200);
    expect(await stockLeft(code)).toBe(10);

    const promo = uniqueCode('CAPPED');
    await putPromo(promo, { discount_cents: 10, max_uses: 5 });
    const badPromo = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/promo-codes/${promo}`, { headers: admin.auth, body: { discount_cents: 10, discount_percent: 5 } });
    expect(badPromo.status).toBe(400);
    expect((await http(s.api.baseUrl, 'GET', '/api/admin/limited/promo-codes', { headers: admin.auth })).body.items.some((p: { code: string }) => p.code === promo)).toBe(true);
    expect((await http(s.api.baseUrl, 'GET', '/api/admin/limited/packages', { headers: player.auth })).status).toBe(403);

    const audit = await s.api.deps.prisma.auditLog.findMany({ where: { targetId: { in: [code, promo] } }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(['limited_package.create', 'limited_package.update', 'limited_package.disable', 'promo_code.create']);
  });

  it("replays the hold workflows' histories (promo refused then sold, cancelled, payment declined) without non-determinism", async () => {
    const code = uniqueCode('REPLAY');
    await putPackage(code, { stock_total: 2, per_user_limit: 5 });
    const sold = await heldId(code);
    expect((await checkout(sold, { payment_method: CARDS.success, promo_code: 'NOPE-NOPE' })).body.reason).toBe('PROMO_INVALID');
    expect((await decided(await checkout(sold, { payment_method: CARDS.success }))).status).toBe('success');
    const cancelled = await heldId(code);
    await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${cancelled}`, { headers: player.auth });
    const key = randomUUID();
    const declined = await hold(code, player, { 'idempotency-key': key });
    expect(declined.status).toBe(201);
    expect((await hold(code, player, { 'idempotency-key': key })).body.hold_id).toBe(declined.body.hold_id);
    await checkout(declined.body.hold_id, { payment_method: CARDS.declined });
    for (const id of [sold, cancelled, declined.body.hold_id]) {
      const handle = s.api.deps.temporal.workflow.getHandle(holdWorkflowId(id));
      await handle.result();
      await Worker.runReplayHistory({ workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } }, await handle.fetchHistory(), holdWorkflowId(id));
    }
  });
});
