import { randomInt, randomUUID } from 'node:crypto';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startAnalytics, type Analytics } from '../../analytics/start-analytics.ts';
import { createKafka } from '../../lib/kafka.ts';
import { createLogger } from '../../lib/logger.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';
import { openEventStream } from '../support/sse.ts';

/** A Redis database of this file's own, so flushing it touches no other file. */
function ownRedisDb(): string {
  const url = new URL(inject('stack').REDIS_URL);
  url.pathname = '/9';
  return url.toString();
}

describe('the analytics process: purchase funnel and live community figures', () => {
  let s: PurchaseStack;
  let analytics: Analytics;
  let admin: TestPlayer;
  let analyticsRedis: ReturnType<PurchaseStack['api']['deps']['redis']['duplicate']>;
  const registry = new Registry();
  const groupPrefix = `test-analytics-${randomUUID().slice(0, 8)}`;
  // A product of this file's own, outside the listed catalogs (version 3), so other files never see it.
  const productId = 800_000 + randomInt(99_999);

  beforeAll(async () => {
    s = await startPurchaseStack({ REDIS_URL: ownRedisDb(), ANALYTICS_GROUP_PREFIX: groupPrefix });
    await s.api.deps.redis.flushdb();
    const log = createLogger('analytics-test', s.config.LOG_LEVEL);
    analytics = await startAnalytics({
      kafka: createKafka({ brokers: s.config.KAFKA_BROKERS, clientId: 'analytics-test', log }),
      prisma: s.api.deps.prisma,
      redis: (analyticsRedis = s.api.deps.redis.duplicate()),
      log,
      groupPrefix,
      registry,
    });
    admin = await signUpPlayer(s.api, { role: 'ADMIN' });
    await s.api.deps.prisma.product.create({ data: { id: productId, name: 'Funnel pack', gold: 1_000, listPriceCents: 299, catalogVersion: 3 } });
  });
  afterAll(async () => {
    await analytics?.stop();
    analyticsRedis?.disconnect();
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const post = (p: TestPlayer, events: unknown[]) => http(s.api.baseUrl, 'POST', '/api/analytics/events', { headers: p.auth, body: { events } });

  it('counts 10 opened, 6 clicked, 3 bought for a product and day; a repeated event id counts once', async () => {
    // One after another: ten concurrent signups (password hashing) are not what this test is about.
    const players: TestPlayer[] = [];
    for (let i = 0; i < 10; i++) players.push(await signUpPlayer(s.api));
    const opened = players.map(() => randomUUID());
    for (const [i, p] of players.entries()) {
      const res = await post(p, [{ event_id: opened[i], type: 'shop_opened', product_ids: [productId, 1001] }]);
      expect(res.status, JSON.stringify(res.body)).toBe(202);
      expect(res.body).toEqual({ accepted: 1, duplicates: 0 });
    }
    for (const p of players.slice(0, 6)) expect((await post(p, [{ event_id: randomUUID(), type: 'buy_clicked', product_id: productId }])).status).toBe(202);
    // The web app retries a batch it is not sure about: the same event ids count once.
    const again = await post(players[0]!, [{ event_id: opened[0], type: 'shop_opened', product_ids: [productId, 1001] }]);
    expect(again.body).toEqual({ accepted: 0, duplicates: 1 });
    for (const p of players.slice(0, 3)) {
      const bought = await http(s.api.baseUrl, 'POST', '/api/shop/purchases', {
        headers: { ...p.auth, 'idempotency-key': `funnel-${randomUUID()}` },
        body: { product_id: productId, payment_method: CARDS.success },
      });
      expect(bought.body.status, JSON.stringify(bought.body)).toBe('success');
    }
    const today = new Date().toISOString().slice(0, 10);
    const row = async () => {
      const res = await http(s.api.baseUrl, 'GET', `/api/admin/analytics/funnel?product_id=${productId}`, { headers: admin.auth });
      expect(res.status).toBe(200);
      return res.body.items.find((r: { day: string }) => r.day === today) ?? null;
    };
    await expect.poll(row, { timeout: 60_000, interval: 250 }).toMatchObject({ opened: 10, clicked: 6, bought: 3 });
    expect(await row()).toEqual({ day: today, product_id: productId, opened: 10, clicked: 6, bought: 3, click_rate: 0.6, buy_rate: 0.5, conversion: 0.3 });

    // Consumer lag per group is exported for Prometheus.
    const metrics = await registry.metrics();
    expect(metrics).toMatch(new RegExp(`analytics_consumer_lag\\{group="${groupPrefix}-funnel"\\} \\d+`));
    expect(metrics).toMatch(new RegExp(`analytics_consumer_lag\\{group="${groupPrefix}-community"\\} \\d+`));
  });

  it('refuses a malformed batch with 400 naming the field, and more than 100 events with 413, recording nothing', async () => {
    const player = await signUpPlayer(s.api);
    const before = await s.api.deps.prisma.outboxEvent.count({ where: { key: player.id, topic: 'casino.client_events' } });
    const malformed = await post(player, [
      { event_id: randomUUID(), type: 'buy_clicked', product_id: 1001 },
      { event_id: randomUUID(), type: 'shop_opened' },
    ]);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    expect(malformed.body.error.message).toContain('body.events.1.product_ids');
    const tooMany = await post(player, Array.from({ length: 101 }, () => ({ event_id: randomUUID(), type: 'buy_clicked', product_id: 1001 })));
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.error.code).toBe('payload_too_large');
    expect(await s.api.deps.prisma.outboxEvent.count({ where: { key: player.id, topic: 'casino.client_events' } })).toBe(before);
    const anonymous = await http(s.api.baseUrl, 'POST', '/api/analytics/events', { body: { events: [] } });
    expect(anonymous.status).toBe(401);
  });

  it('moves the live figures after a spin, pushes them as `community` events, and rebuilds them after Redis is flushed', async () => {
    const player = await signUpPlayer(s.api);
    const live = async () => (await http(s.api.baseUrl, 'GET', '/api/community/live')).body;
    const before = await live();
    const stream = await openEventStream(s.api.baseUrl, player.accessToken);
    try {
      const spunAt = Date.now();
      const spin = await http(s.api.baseUrl, 'POST', '/api/games/slots/spin', { headers: player.auth, body: { bet_amount: 100 } });
      expect(spin.status, JSON.stringify(spin.body)).toBe(200);
      await expect.poll(async () => (await live()).spins_last_hour, { timeout: 30_000, interval: 100 }).toBeGreaterThan(before.spins_last_hour);
      console.log(`[analytics] spin visible in /api/community/live after ${Date.now() - spunAt} ms`);
      const figures = await live();
      expect(figures.online_users).toBeGreaterThanOrEqual(1);
      expect(figures.gold_wagered_today).toBeGreaterThanOrEqual(before.gold_wagered_today + 100);
      const pushed = await stream.next((e) => e.event === 'community' && e.data.spins_last_hour >= figures.spins_last_hour, 30_000);
      expect(pushed.data).toMatchObject({ online_users: expect.any(Number), big_wins_last_hour: expect.any(Number) });
      // At most one push a second (`at` is when the figures were read for the push).
      const pushes = stream.events.filter((e) => e.event === 'community').map((e) => Date.parse(e.data.at));
      for (let i = 1; i < pushes.length; i++) expect(pushes[i]! - pushes[i - 1]!).toBeGreaterThanOrEqual(1_000);

      await s.api.deps.redis.flushdb();
      await expect
        .poll(live, { timeout: 60_000, interval: 250 })
        .toMatchObject({ spins_last_hour: expect.toSatisfy((n: number) => n >= figures.spins_last_hour), gold_wagered_today: expect.toSatisfy((n: number) => n >= figures.gold_wagered_today) });
    } finally {
      stream.close();
    }
  });
});
