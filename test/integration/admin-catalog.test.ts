import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';

describe('operators: the catalog', () => {
  const config = testConfig();
  let api: TestApi;
  let admin: TestPlayer;
  let player: TestPlayer;
  beforeAll(async () => {
    api = await startTestApi(config);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
    player = await signUpPlayer(api);
  });
  afterAll(async () => {
    await api?.close();
  });

  const put = (id: number, body: Record<string, unknown>) => http(api.baseUrl, 'PUT', `/api/admin/catalog/products/${id}`, { headers: admin.auth, body: { reason: 'catalog test', ...body } });
  const shop = async (who: TestPlayer = player) => (await http(api.baseUrl, 'GET', '/api/shop/catalog', { headers: who.auth })).body.products as { id: number; price_cents: number; discount_percent: number; available: boolean }[];
  const buy = (id: number, who: TestPlayer = player) =>
    http(api.baseUrl, 'POST', '/api/shop/purchases', { headers: { ...who.auth, 'idempotency-key': randomUUID() }, body: { product_id: id, payment_method: '4242424242424242' } });
  const newId = () => 500_000 + Math.floor(Math.random() * 400_000);

  it('a soft-deleted product vanishes from the shop and buying it is 404; old purchases keep its name; restore brings it back', async () => {
    const id = newId();
    const created = await put(id, { name: 'Comet Pack', gold: 7_000, list_price_cents: 599 });
    expect(created.status).toBe(201);
    expect((await shop()).map((p) => p.id)).toContain(id);
    const receipt = `RC-${randomUUID().slice(0, 8).toUpperCase()}`;
    await api.deps.prisma.purchase.create({
      data: { receiptCode: receipt, userId: player.id, productId: id, idempotencyKey: randomUUID(), requestHash: 'x', gold: 7_000, amountCents: 599, currency: 'USD', status: 'success', workflowId: `purchase:${receipt}` },
    });

    const deleted = await http(api.baseUrl, 'POST', `/api/admin/catalog/products/${id}/delete`, { headers: admin.auth, body: { reason: 'season over' } });
    expect(deleted.status).toBe(200);
    expect(deleted.body.deleted).toBe(true);
    expect((await shop()).map((p) => p.id)).not.toContain(id);
    const refused = await buy(id);
    expect(refused.status).toBe(404);
    const history = await http(api.baseUrl, 'GET', '/api/shop/purchases', { headers: player.auth });
    expect(history.body.items.find((p: { receipt_code: string }) => p.receipt_code === receipt)).toMatchObject({ product_name: 'Comet Pack' });
    const listed = await http(api.baseUrl, 'GET', '/api/admin/catalog/products', { headers: admin.auth });
    expect(listed.body.items.find((p: { id: number }) => p.id === id)).toMatchObject({ deleted: true, name: 'Comet Pack' });

    expect((await http(api.baseUrl, 'POST', `/api/admin/catalog/products/${id}/restore`, { headers: admin.auth, body: { reason: 'back by demand' } })).status).toBe(200);
    expect((await shop()).map((p) => p.id)).toContain(id);
    const audit = await api.deps.prisma.auditLog.findMany({ where: { targetType: 'product', targetId: String(id) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['product.create', 'product.delete', 'product.restore']);
  });

  it('a VIP-only product is offered but refused to standard players; a scheduled discount starts and ends by itself', async () => {
    const vip = newId();
    expect((await put(vip, { name: 'Velvet Vault', gold: 90_000, list_price_cents: 4_999, vip_only: true })).status).toBe(201);
    expect((await shop()).find((p) => p.id === vip)).toMatchObject({ available: false });
    const refused = await buy(vip);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('vip_only');

    const later = newId();
    const hour = 3_600_000;
    await put(later, { name: 'Later Sale', gold: 1_000, list_price_cents: 1_000, discount_percent: 20, discount_starts_at: new Date(Date.now() + hour).toISOString(), discount_ends_at: new Date(Date.now() + 2 * hour).toISOString() });
    expect((await shop()).find((p) => p.id === later)).toMatchObject({ price_cents: 1_000, discount_percent: 0 });
    const now = await put(later, { name: 'Later Sale', gold: 1_000, list_price_cents: 1_000, discount_percent: 20, discount_starts_at: new Date(Date.now() - hour).toISOString(), discount_ends_at: new Date(Date.now() + hour).toISOString() });
    expect(now.status).toBe(200);
    expect(now.body).toMatchObject({ price_cents_now: 800, discount_active: true });
    expect((await shop()).find((p) => p.id === later)).toMatchObject({ price_cents: 800, discount_percent: 20 });
    await put(later, { name: 'Later Sale', gold: 1_000, list_price_cents: 1_000, discount_percent: 20, discount_ends_at: new Date(Date.now() - 1).toISOString() });
    expect((await shop()).find((p) => p.id === later)).toMatchObject({ price_cents: 1_000 });
  });

  it('refuses bad products with 400 and changes nothing', async () => {
    const id = newId();
    expect((await put(id, { name: '', gold: 10, list_price_cents: 10 })).status).toBe(400);
    expect((await put(id, { name: 'X', gold: 10, list_price_cents: 10, catalog_version: 3 })).status).toBe(400);
    expect((await put(id, { name: 'X', gold: 10, list_price_cents: 10, discount_percent: 95 })).status).toBe(400);
    expect((await put(id, { name: 'X', gold: 10, list_price_cents: 10, discount_starts_at: '2030-01-02T00:00:00Z', discount_ends_at: '2030-01-01T00:00:00Z' })).status).toBe(400);
    expect((await put(id, { name: 'X', gold: 10, list_price_cents: 10, reason: '' })).status).toBe(400);
    expect((await http(api.baseUrl, 'POST', `/api/admin/catalog/products/${id}/delete`, { headers: admin.auth, body: { reason: 'nothing there' } })).status).toBe(404);
    expect(await api.deps.prisma.product.count({ where: { id } })).toBe(0);
  });
});
