import { randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '../../domain/segments.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';
import { createIsolatedDatabase } from '../support/segments.ts';

describe('targeting products and limited packages at segments', () => {
  let s: PurchaseStack;
  let admin: TestPlayer;
  const players = {} as Record<'whale' | 'high' | 'low' | 'unscored', TestPlayer>;
  // A product of this file's own: shared catalog products stay untargeted for other files.
  const productId = 900_000 + randomInt(99_999);
  const packageCode = `TGT-${randomUUID().slice(0, 8).toUpperCase()}`;

  const place = (p: TestPlayer, segment: Segment) =>
    s.api.deps.prisma.playerSegment.create({
      data: { userId: p.id, segment, rScore: 3, fScore: 3, mScore: 3, recencyDays: 1, frequency: 1, monetaryCents: 0n, runId: 'targeting-test' },
    });

  beforeAll(async () => {
    // A database of its own: an RFM run another file triggers would rescore the players placed here.
    s = await startPurchaseStack({ DATABASE_URL: await createIsolatedDatabase('targeting') });
    admin = await signUpPlayer(s.api, { role: 'ADMIN' });
    [players.whale, players.high, players.low, players.unscored] = await Promise.all([signUpPlayer(s.api), signUpPlayer(s.api), signUpPlayer(s.api), signUpPlayer(s.api)]);
    await Promise.all([place(players.whale, 'Whale'), place(players.high, 'High'), place(players.low, 'Low')]);
    await s.api.deps.prisma.product.create({ data: { id: productId, name: 'Whale chest', gold: 50_000, listPriceCents: 4_999, catalogVersion: 1, sortOrder: 99 } });
  });
  afterAll(async () => {
    await s?.api.deps.prisma.product.update({ where: { id: productId }, data: { deletedAt: new Date() } }).catch(() => undefined);
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const catalogIds = async (p: TestPlayer) => {
    const res = await http(s.api.baseUrl, 'GET', '/api/shop/catalog', { headers: p.auth });
    expect(res.status).toBe(200);
    return (res.body.products as { id: number }[]).map((x) => x.id);
  };
  const buy = (p: TestPlayer) =>
    http(s.api.baseUrl, 'POST', '/api/shop/purchases', {
      headers: { ...p.auth, 'idempotency-key': `tgt-${randomUUID()}` },
      body: { product_id: productId, payment_method: CARDS.success },
    });

  it('shows a product targeted at Whales only to Whales, and refuses it to others with 403 not_targeted', async () => {
    const set = await http(s.api.baseUrl, 'PUT', `/api/admin/segments/targets/products/${productId}`, { headers: admin.auth, body: { segments: ['Whale'] } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(await catalogIds(players.whale)).toContain(productId);
    for (const p of [players.high, players.low, players.unscored]) {
      expect(await catalogIds(p)).not.toContain(productId);
      // Untargeted products stay visible to everyone.
      expect(await catalogIds(p)).toContain(1001);
      const refused = await buy(p);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('not_targeted');
      expect(await s.api.deps.prisma.purchase.count({ where: { userId: p.id } })).toBe(0);
    }
    const bought = await buy(players.whale);
    expect(bought.status, JSON.stringify(bought.body)).toBe(201);
    expect(bought.body).toMatchObject({ product_id: productId, status: 'success', gold: 50_000 });

    // Unknown segment names are refused by name; adding a segment opens the product to it. (Never
    // emptied here: other files' unscored players would then see this product in their catalog.)
    const bad = await http(s.api.baseUrl, 'PUT', `/api/admin/segments/targets/products/${productId}`, { headers: admin.auth, body: { segments: ['Krakens'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body.segments.0');
    const wider = await http(s.api.baseUrl, 'PUT', `/api/admin/segments/targets/products/${productId}`, { headers: admin.auth, body: { segments: ['Whale', 'Low'] } });
    expect(wider.status).toBe(200);
    expect(await catalogIds(players.low)).toContain(productId);
    expect(await catalogIds(players.unscored)).not.toContain(productId);
  });

  it('hides a limited package targeted at High players from others and refuses their hold with 403 not_targeted', async () => {
    const created = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${packageCode}`, {
      headers: admin.auth,
      body: { name: 'High roller pack', gold: 2_600, price_cents: 199, stock_total: 5, segments: ['High', 'Whale'] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.segments).toEqual(['High', 'Whale']);
    const visible = async (p: TestPlayer) => {
      const res = await http(s.api.baseUrl, 'GET', '/api/shop/limited', { headers: p.auth });
      expect(res.status).toBe(200);
      return (res.body.packages as { code: string }[]).some((x) => x.code === packageCode);
    };
    expect(await visible(players.high)).toBe(true);
    expect(await visible(players.whale)).toBe(true);
    expect(await visible(players.low)).toBe(false);
    expect(await visible(players.unscored)).toBe(false);

    const refused = await http(s.api.baseUrl, 'POST', `/api/shop/limited/${packageCode}/holds`, { headers: players.low.auth });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not_targeted');
    const pkg = await s.api.deps.prisma.limitedPackage.findUniqueOrThrow({ where: { code: packageCode } });
    expect(pkg.stockLeft).toBe(5);
    expect(await s.api.deps.prisma.limitedHold.count({ where: { packageCode } })).toBe(0);

    const held = await http(s.api.baseUrl, 'POST', `/api/shop/limited/${packageCode}/holds`, { headers: players.high.auth });
    expect(held.status, JSON.stringify(held.body)).toBe(201);
    await http(s.api.baseUrl, 'DELETE', `/api/shop/limited/holds/${held.body.hold_id}`, { headers: players.high.auth });
  });

  it('lists an event targeted at Whales only to Whales, and refuses others joining it with 403 not_targeted', async () => {
    const code = `TGT-EV-${randomUUID().slice(0, 6)}`;
    const created = await http(s.api.baseUrl, 'POST', '/api/admin/events', {
      headers: admin.auth,
      body: {
        code,
        title: 'Whale week',
        starts_at: new Date(Date.now() - 60_000).toISOString(),
        ends_at: new Date(Date.now() + 3_600_000).toISOString(),
        requirements: { total_plays: 3 },
        rewards: { gold: 100 },
        segments: ['Whale'],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.segments).toEqual(['Whale']);
    const listed = async (p: TestPlayer) => {
      const res = await http(s.api.baseUrl, 'GET', '/api/events', { headers: p.auth });
      expect(res.status).toBe(200);
      return (res.body.items as { code: string }[]).some((e) => e.code === code);
    };
    expect(await listed(players.whale)).toBe(true);
    for (const p of [players.high, players.low, players.unscored]) {
      expect(await listed(p)).toBe(false);
      const refused = await http(s.api.baseUrl, 'POST', `/api/events/${code}/join`, { headers: p.auth });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('not_targeted');
      expect(await s.api.deps.prisma.eventParticipation.count({ where: { eventCode: code, userId: p.id } })).toBe(0);
    }
    const joined = await http(s.api.baseUrl, 'POST', `/api/events/${code}/join`, { headers: players.whale.auth });
    expect(joined.status, JSON.stringify(joined.body)).toBe(201);
    expect(joined.body).toMatchObject({ code, segments: ['Whale'], participation: { status: 'active' } });

    const bad = await http(s.api.baseUrl, 'PUT', `/api/admin/events/${code}`, { headers: admin.auth, body: { segments: ['Krakens'] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('body.segments.0');
    // Deactivated at the end, so the participation closes and other files never list it.
    const off = await http(s.api.baseUrl, 'PUT', `/api/admin/events/${code}`, { headers: admin.auth, body: { is_active: false } });
    expect(off.status).toBe(200);
  });
});
