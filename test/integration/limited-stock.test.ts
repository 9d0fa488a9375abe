import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { http } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { CARDS, startPurchaseStack, type PurchaseStack } from '../support/purchases.ts';

// Room for a loaded machine: the attempts normally end long before the first hold expires; if
// they do not, the test counts the units that came back meanwhile instead of failing.
const TTL_SECONDS = 30;
const STOCK = 50;
const ATTEMPTS = 500;
const PLAYERS = 50;
const CONCURRENCY = 25;

/** Runs `fn` over `items` with at most `limit` in flight; results in input order. */
async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i]!, i);
      }
    }),
  );
  return results;
}

describe(`${ATTEMPTS} concurrent hold attempts on a stock of ${STOCK}`, () => {
  let s: PurchaseStack;
  let players: TestPlayer[];
  const code = `FLASH-${randomUUID().slice(0, 8).toUpperCase()}`;
  // Sampled all along: units left + units held or sold is the stock, in one snapshot, always.
  const samples: { stock_left: number; committed: number }[] = [];
  let sampler: NodeJS.Timeout | undefined;

  beforeAll(async () => {
    s = await startPurchaseStack({ LIMITED_HOLD_TTL_SECONDS: String(TTL_SECONDS), DATABASE_POOL_SIZE: '20' });
    const admin = await signUpPlayer(s.api, { role: 'ADMIN' });
    const res = await http(s.api.baseUrl, 'PUT', `/api/admin/limited/packages/${code}`, {
      headers: admin.auth,
      // Ten attempts per player per round: a limit of 10 never gets in the way, so every refusal is about stock.
      body: { name: 'Flash sale', gold: 6_000, price_cents: 499, stock_total: STOCK, per_user_limit: 10 },
    });
    expect(res.status).toBe(201);
    players = await pool(Array.from({ length: PLAYERS }), 10, () => signUpPlayer(s.api));
    sampler = setInterval(() => {
      void s.api.deps.prisma.$queryRaw<{ stock_left: number; committed: number }[]>`
        SELECT p.stock_left,
               (SELECT count(*) FROM limited_holds h WHERE h.package_code = p.code AND h.status IN ('held', 'checking_out', 'sold'))::int AS committed
        FROM limited_packages p WHERE p.code = ${code}`.then((rows) => samples.push(rows[0]!), () => undefined);
    }, 25);
  });
  afterAll(async () => {
    clearInterval(sampler);
    if (s) await expectLedgerInvariant(s.api.deps.prisma);
    await s?.close();
  });

  const stock = async () => (await s.api.deps.prisma.limitedPackage.findUniqueOrThrow({ where: { code } })).stockLeft;
  const attempt = (i: number) => http(s.api.baseUrl, 'POST', `/api/shop/limited/${code}/holds`, { headers: players[i % PLAYERS]!.auth });
  const expectNeverOversold = () => {
    expect(samples.length).toBeGreaterThan(10);
    const broken = samples.filter((x) => x.stock_left < 0 || x.committed > STOCK || x.stock_left + x.committed !== STOCK);
    expect(broken, 'snapshots where stock_left + held + sold differs from the stock').toEqual([]);
  };

  it('gives exactly 50 holds (one more per unit that expired meanwhile), and every unit back once they expire', async () => {
    const started = Date.now();
    const answers = await pool(Array.from({ length: ATTEMPTS }), CONCURRENCY, (_, i) => attempt(i));
    const ended = Date.now();
    const held = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 200);
    expect(held.length + refused.length).toBe(ATTEMPTS);
    expect(refused.every((a) => a.body.success === false && a.body.reason === 'OUT_OF_STOCK')).toBe(true);
    // A unit can be held again only after it came back: each unit released (expired) before the
    // last answer may have been held once more. On a quiet machine none expires meanwhile, and
    // this is exactly the stock.
    const releasedMeanwhile = await s.api.deps.prisma.limitedHold.count({ where: { packageCode: code, status: 'released', closedAt: { lte: new Date(ended) } } });
    expect(held.length).toBeGreaterThanOrEqual(STOCK);
    expect(held.length).toBeLessThanOrEqual(STOCK + releasedMeanwhile);
    expect(new Set(held.map((a) => a.body.hold_id)).size).toBe(held.length);
    console.log(
      `[limited-stock] round 1: ${ATTEMPTS} attempts in ${ended - started} ms → ${held.length} holds, ${refused.length} OUT_OF_STOCK` +
        (releasedMeanwhile ? ` (${releasedMeanwhile} units expired and were held again while the attempts ran)` : ''),
    );

    const waitStarted = Date.now();
    await expect.poll(stock, { timeout: (TTL_SECONDS + 30) * 1_000, interval: 250 }).toBe(STOCK);
    console.log(`[limited-stock] all ${STOCK} units back ${Date.now() - waitStarted} ms after the last attempt`);
    const holds = await s.api.deps.prisma.limitedHold.findMany({ where: { packageCode: code } });
    expect(holds).toHaveLength(held.length);
    expect(holds.every((h) => h.status === 'released' && h.releaseReason === 'expired')).toBe(true);
    const releases = await s.api.deps.prisma.outboxEvent.count({ where: { type: 'limited.hold_released', payload: { path: ['packageCode'], equals: code } } });
    expect(releases).toBe(held.length);
    expectNeverOversold();
  });

  it('sells exactly 50 units through 50 checkouts; every other attempt is OUT_OF_STOCK', async () => {
    const started = Date.now();
    const before = new Map(await Promise.all(players.map(async (p) => [p.id, (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: p.id } })).goldBalance] as const)));
    const outcomes = await pool(Array.from({ length: ATTEMPTS }), CONCURRENCY, async (_, i) => {
      const who = players[i % PLAYERS]!;
      const placed = await attempt(i);
      if (placed.status !== 201) return { placed, bought: null };
      const bought = await http(s.api.baseUrl, 'POST', `/api/shop/limited/holds/${placed.body.hold_id}/checkout`, {
        headers: { ...who.auth, 'idempotency-key': randomUUID() },
        body: { payment_method: CARDS.success },
      });
      return { placed, bought, who };
    });
    const answered = Date.now() - started;
    const bought = outcomes.filter((o) => o.bought);
    expect(bought).toHaveLength(STOCK);
    // Under this load a payment may still be deciding when the checkout answers (after PURCHASE_DECISION_WAIT_MS).
    const odd = bought.filter((o) => !(o.bought!.status === 201 && ['pending', 'success'].includes(o.bought!.body.status) && o.bought!.body.amount_cents === 499));
    expect(odd.map((o) => [o.bought!.status, o.bought!.body])).toEqual([]);
    const refused = outcomes.filter((o) => !o.bought);
    expect(refused).toHaveLength(ATTEMPTS - STOCK);
    expect(refused.every((o) => o.placed.status === 200 && o.placed.body.reason === 'OUT_OF_STOCK')).toBe(true);
    await expect.poll(() => s.api.deps.prisma.limitedHold.count({ where: { packageCode: code, status: 'sold' } }), { timeout: 60_000, interval: 250 }).toBe(STOCK);
    console.log(
      `[limited-stock] round 2: ${ATTEMPTS} attempts and ${bought.length} checkouts answered in ${answered} ms ` +
        `(${bought.filter((o) => o.bought!.body.status === 'success').length} already decided), all ${STOCK} sold after ${Date.now() - started} ms`,
    );

    const rows = await s.api.deps.prisma.purchase.findMany({ where: { limitedPackageCode: code } });
    const durations = rows.map((r) => r.completedAt!.getTime() - r.createdAt.getTime()).sort((a, b) => a - b);
    console.log(`[limited-stock] purchase durations under this load: median ${durations[STOCK / 2]} ms, max ${durations[STOCK - 1]} ms`);
    expect(await stock()).toBe(0);
    const receipts = bought.map((o) => o.bought!.body.receipt_code as string);
    expect(new Set(receipts).size).toBe(STOCK);
    expect(await s.api.deps.prisma.limitedHold.count({ where: { packageCode: code, status: 'sold' } })).toBe(STOCK);
    expect(await s.api.deps.prisma.purchase.count({ where: { limitedPackageCode: code, status: 'success' } })).toBe(STOCK);
    const grants = await s.api.deps.prisma.ledgerEntry.groupBy({ by: ['ref'], where: { reason: 'purchase', ref: { in: receipts } }, _count: true });
    expect(grants).toHaveLength(STOCK);
    expect(grants.every((g) => g._count === 1)).toBe(true);
    const gained = new Map<string, number>();
    for (const o of bought) gained.set(o.who!.id, (gained.get(o.who!.id) ?? 0) + 6_000);
    for (const p of players) {
      const now = (await s.api.deps.prisma.user.findUniqueOrThrow({ where: { id: p.id } })).goldBalance;
      expect(now).toBe(before.get(p.id)! + (gained.get(p.id) ?? 0));
    }
    // A sold hold's workflow has completed: nothing is left that could return its unit.
    const done = await Promise.all(bought.map((o) => s.api.deps.temporal.workflow.getHandle(`hold:${o.placed.body.hold_id}`).result()));
    expect(done.every((d) => d.phase === 'sold')).toBe(true);
    expect(await stock()).toBe(0);
    expectNeverOversold();
  });
});
