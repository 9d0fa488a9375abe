import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCatalog } from '../../services/shop/seed-catalog.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, startTestWorker, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

interface Operation {
  method: string;
  path: string;
}

/** Every operation of the published OpenAPI document under /api/admin. */
async function adminOperations(api: TestApi): Promise<Operation[]> {
  const doc = (await http(api.baseUrl, 'GET', '/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/admin'))
    .flatMap(([path, ops]) => Object.keys(ops).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map((method) => ({ method, path: path.replace(/(.)\/$/, '$1') })));
}

/** A concrete URL for a documented path: any well-formed value per parameter (the guard runs first). */
const fill = (path: string, values: Record<string, string> = {}) =>
  path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? ({ id: path.includes('/catalog/') ? '999999' : randomUUID(), rarity: 'Epic', code: 'WALK', receipt: 'RC-WALK' } as Record<string, string>)[name] ?? 'x');

describe('every /api/admin route, walked from the OpenAPI document', () => {
  const config = testConfig();
  let api: TestApi;
  let worker: TestWorker;
  let admin: TestPlayer;
  let otherAdmin: TestPlayer;
  let player: TestPlayer;
  beforeAll(async () => {
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    await seedCatalog(api.deps.prisma);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
    otherAdmin = await signUpPlayer(api, { role: 'ADMIN' });
    player = await signUpPlayer(api);
  });
  afterAll(async () => {
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await worker?.stop();
    await api?.close();
  });

  it('answers 403 to a player and 401 to nobody on every admin route', async () => {
    const ops = await adminOperations(api);
    expect(ops.length).toBeGreaterThan(10);
    const answers = [];
    for (const op of ops) {
      const url = fill(op.path);
      const body = op.method === 'get' ? undefined : {};
      const asPlayer = await http(api.baseUrl, op.method.toUpperCase(), url, { headers: player.auth, body });
      const anonymous = await http(api.baseUrl, op.method.toUpperCase(), url, { body });
      answers.push({ op: `${op.method} ${op.path}`, player: asPlayer.status, code: asPlayer.body?.error?.code, anonymous: anonymous.status });
    }
    expect(answers).toEqual(ops.map((op) => ({ op: `${op.method} ${op.path}`, player: 403, code: 'forbidden', anonymous: 401 })));
  });

  it('writes exactly one audit row, tagged with the request id, for every admin write', async () => {
    const target = await signUpPlayer(api);
    const product = await api.deps.prisma.product.findFirstOrThrow({ where: { deletedAt: null } });
    const receipt = `RC-${randomUUID().slice(0, 8).toUpperCase()}`;
    // A purchase without a workflow: every repair is refused, and the refusal is audited.
    await api.deps.prisma.purchase.create({
      data: { receiptCode: receipt, userId: target.id, productId: product.id, idempotencyKey: randomUUID(), requestHash: 'x', gold: product.gold, amountCents: product.listPriceCents, currency: 'USD', workflowId: `purchase:${receipt}` },
    });
    const code = `W${randomUUID().slice(0, 6).toUpperCase()}`;
    const batchFor = async (amount: number) => {
      const res = await http(api.baseUrl, 'POST', '/api/admin/grant-batches', {
        headers: { ...otherAdmin.auth, 'idempotency-key': randomUUID() },
        body: { user_ids: [target.id, randomUUID()], amount, reason: 'needs approval' },
      });
      expect(res.status).toBe(202);
      return res.body.batch.id as string;
    };
    const toApprove = await batchFor(60_000);
    const toReject = await batchFor(70_000);
    const productId = 900_000 + Math.floor(Math.random() * 99_999);
    // A product and a limited package of the walk's own to target at segments (the routes that
    // create them run in the document's order, which may come after the targeting routes).
    const targetedProduct = productId - 200_000;
    const targetedCode = `T${code}`;
    for (const [path, body] of [
      [`/api/admin/catalog/products/${targetedProduct}`, { name: 'Walk targeted pack', gold: 10, list_price_cents: 99, reason: 'walk: setup' }],
      [`/api/admin/limited/packages/${targetedCode}`, { name: 'Walk targeted', gold: 1_000, price_cents: 99, stock_total: 10, reason: 'walk: setup' }],
    ] as const) {
      const res = await http(api.baseUrl, 'PUT', path, { headers: otherAdmin.auth, body });
      expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    }

    // One sample request per admin write route; the walk below fails when a route has none.
    const samples: Record<string, { values?: Record<string, string>; body: unknown; headers?: Record<string, string> }> = {
      'post /api/admin/purchases/{receipt}/retry': { values: { receipt }, body: { reason: 'walk: retry' } },
      'post /api/admin/purchases/{receipt}/fail': { values: { receipt }, body: { reason: 'walk: fail' } },
      'post /api/admin/purchases/{receipt}/refund': { values: { receipt }, body: { reason: 'walk: refund' } },
      'put /api/admin/limited/packages/{code}': { values: { code }, body: { name: 'Walk pack', gold: 1_000, price_cents: 99, stock_total: 10, reason: 'walk: create' } },
      'post /api/admin/limited/packages/{code}/disable': { values: { code }, body: { reason: 'walk: disable' } },
      'put /api/admin/limited/promo-codes/{code}': { values: { code }, body: { discount_percent: 10, reason: 'walk: promo' } },
      'put /api/admin/games/gacha/pools/{rarity}': { values: { rarity: 'Epic' }, body: { stock: null, reason: 'walk: unlimited epic' } },
      'patch /api/admin/players/{id}': { values: { id: target.id }, body: { phone: '+82-10-0000-0000', reason: 'walk: phone' } },
      'post /api/admin/players/{id}/grants': { values: { id: target.id }, body: { amount: 5, reason: 'walk: grant' }, headers: { 'idempotency-key': randomUUID() } },
      'post /api/admin/players/{id}/ban': { values: { id: target.id }, body: { reason: 'walk: ban' } },
      'post /api/admin/players/{id}/unban': { values: { id: target.id }, body: { reason: 'walk: unban' } },
      'post /api/admin/grant-batches': { body: { user_ids: [target.id], amount: 7, reason: 'walk: batch' }, headers: { 'idempotency-key': randomUUID() } },
      'post /api/admin/grant-batches/{id}/approve': { values: { id: toApprove }, body: { reason: 'walk: approve' } },
      'post /api/admin/grant-batches/{id}/reject': { values: { id: toReject }, body: { reason: 'walk: reject' } },
      'post /api/admin/events': {
        body: { code: `WALK-${code}`, title: 'Walk event', starts_at: new Date().toISOString(), ends_at: new Date(Date.now() + 3_600_000).toISOString(), requirements: { total_plays: 1 }, rewards: { gold: 1 } },
      },
      'put /api/admin/events/{code}': { values: { code: `WALK-${code}` }, body: { title: 'Walk event, renamed', reason: 'walk: rename' } },
      'put /api/admin/catalog/products/{id}': { values: { id: String(productId) }, body: { name: 'Walk pack', gold: 10, list_price_cents: 99, reason: 'walk: product' } },
      'post /api/admin/catalog/products/{id}/delete': { values: { id: String(productId) }, body: { reason: 'walk: delete' } },
      'post /api/admin/catalog/products/{id}/restore': { values: { id: String(productId) }, body: { reason: 'walk: restore' } },
      'put /api/admin/segments/targets/products/{id}': { values: { id: String(targetedProduct) }, body: { segments: ['Whale', 'High'], reason: 'walk: target product' } },
      'put /api/admin/segments/targets/limited/{code}': { values: { code: targetedCode }, body: { segments: ['Dormant'], reason: 'walk: target package' } },
      'post /api/admin/segments/runs': { body: { reason: 'walk: run RFM now' } },
      'post /api/admin/notifications': { body: { title: 'Walk notice', body: 'Only for the walk target', target: { type: 'users', user_ids: [target.id] }, reason: 'walk: notify' } },
    };

    const writes = (await adminOperations(api)).filter((op) => op.method !== 'get');
    expect(writes.map((op) => `${op.method} ${op.path}`).sort()).toEqual(Object.keys(samples).sort());
    const rows = [];
    for (const op of writes) {
      const sample = samples[`${op.method} ${op.path}`]!;
      const requestId = `walk-${randomUUID()}`;
      const res = await http(api.baseUrl, op.method.toUpperCase(), fill(op.path, sample.values), {
        headers: { ...admin.auth, ...sample.headers, 'x-request-id': requestId },
        body: sample.body,
      });
      expect(res.status, `${op.method} ${op.path}: ${JSON.stringify(res.body)}`).toBeLessThan(500);
      expect(res.status, `${op.method} ${op.path}: ${JSON.stringify(res.body)}`).not.toBe(400);
      const audit = await api.deps.prisma.auditLog.findMany({ where: { requestId } });
      rows.push({ op: `${op.method} ${op.path}`, rows: audit.length, admin: audit[0]?.adminId });
    }
    expect(rows).toEqual(writes.map((op) => ({ op: `${op.method} ${op.path}`, rows: 1, admin: admin.id })));
  });

  it('serves the audit log filtered by operator, action, target and time, newest first, paged', async () => {
    const target = await signUpPlayer(api);
    for (const reason of ['first note', 'second note', 'third note']) {
      expect((await http(api.baseUrl, 'PATCH', `/api/admin/players/${target.id}`, { headers: admin.auth, body: { phone: `+1-555-000-${reason.length}${reason[0] === 'f' ? 1 : 2}`, reason } })).status).toBe(200);
    }
    const q = (query: string) => http(api.baseUrl, 'GET', `/api/admin/audit?${query}`, { headers: admin.auth });
    const page1 = await q(`target_type=player&target_id=${target.id}&limit=2`);
    expect(page1.status).toBe(200);
    expect(page1.body.items.map((i: { reason: string }) => i.reason)).toEqual(['third note', 'second note']);
    expect(page1.body.items[0]).toMatchObject({ admin_id: admin.id, admin_nickname: admin.nickname, action: 'player.update', target_type: 'player' });
    const page2 = await q(`target_type=player&target_id=${target.id}&limit=2&before=${page1.body.next_before}`);
    expect(page2.body.items.map((i: { reason: string }) => i.reason)).toEqual(['first note']);
    expect(page2.body.next_before).toBeNull();
    expect((await q(`admin_id=${admin.id}&action=player.&target_id=${target.id}`)).body.items).toHaveLength(3);
    expect((await q(`admin_id=${otherAdmin.id}&target_id=${target.id}`)).body.items).toHaveLength(0);
    expect((await q(`target_id=${target.id}&from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body.items).toHaveLength(0);
    expect((await q('from=yesterday')).status).toBe(400);
    expect((await q('before=abc')).status).toBe(400);
  });
});
