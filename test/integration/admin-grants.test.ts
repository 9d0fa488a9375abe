import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantBatchWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { progressQuery } from '../../workflows/messages/grant-batch.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { signUpPlayer, type TestPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, startTestWorker, workerProcesses, type TestApi, type TestWorker } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';
import { createIsolatedDatabase } from '../support/segments.ts';

/** Inserts `n` players straight into the database (signup's password hashing would take minutes). */
async function insertPlayers(prisma: PrismaClient, n: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    INSERT INTO users (id, login_id, nickname, password_hash)
    SELECT gen_random_uuid(), 'b' || ${tag} || '_' || g, 'Bulk ' || ${tag} || ' ' || g, 'x' FROM generate_series(1, ${n}) g
    RETURNING id::text AS id`;
  return rows.map((r) => r.id).sort();
}

const submit = (api: TestApi, who: TestPlayer, body: unknown, key: string = randomUUID()) =>
  http(api.baseUrl, 'POST', '/api/admin/grant-batches', { headers: { ...who.auth, 'idempotency-key': key }, body });
const batchOf = async (api: TestApi, who: TestPlayer, id: string, query = '') => (await http(api.baseUrl, 'GET', `/api/admin/grant-batches/${id}${query}`, { headers: who.auth })).body;

describe('bulk grants: a worker killed half-way', () => {
  const config = testConfig({ GRANT_BATCH_CHUNK_SIZE: '100' });
  let api: TestApi;
  let admin: TestPlayer;
  const workers = workerProcesses(() => config);
  beforeAll(async () => {
    api = await startTestApi(config);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    workers.killAll();
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await api?.close();
  });

  it('grants every one of 2,000 players exactly once with complete per-player results; resubmitting pays nothing more', async () => {
    const ids = await insertPlayers(api.deps.prisma, 2_000);
    const banned = ids[5]!;
    await api.deps.prisma.user.update({ where: { id: banned }, data: { bannedAt: new Date() } });
    const unknown = [randomUUID(), randomUUID()];
    const body = { user_ids: [...ids, ...unknown, ids[0]!], amount: 40, reason: 'server maintenance compensation' };
    // A player in the middle is locked, so the batch stops there with earlier chunks committed.
    const middle = ids[1_050]!;
    const blocker = new pg.Client({ connectionString: config.DATABASE_URL });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE', [middle]);
    const key = randomUUID();
    let batchId: string;
    try {
      const first = workers.spawn();
      const res = await submit(api, admin, body, key);
      expect(res.status).toBe(202);
      expect(res.body.duplicates_ignored).toBe(1);
      expect(res.body.batch).toMatchObject({ status: 'running', player_count: 2_002, requires_approval: false });
      batchId = res.body.batch.id;
      await expect.poll(async () => (await batchOf(api, admin, batchId)).batch.processed, { timeout: 240_000, interval: 250 }).toBe(1_000);
      await workers.kill(first);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const handle = api.deps.temporal.workflow.getHandle(grantBatchWorkflowId(batchId));
    workers.spawn();
    const result = await handle.result();
    expect(result).toMatchObject({ status: 'completed', total: 2_002, processed: 2_002, granted: 1_999, unknown: 2, banned: 1, already_granted: 0 });

    const perPlayer = await api.deps.prisma.$queryRaw<{ user_id: string; n: bigint }[]>`
      SELECT user_id::text, count(*) AS n FROM ledger_entries WHERE reason = 'admin_grant' AND ref LIKE ${`${batchId}:%`} GROUP BY user_id`;
    expect(perPlayer).toHaveLength(1_999);
    expect(perPlayer.every((r) => Number(r.n) === 1)).toBe(true);
    expect(perPlayer.some((r) => r.user_id === banned)).toBe(false);
    const view = await batchOf(api, admin, batchId, '?status=unknown');
    expect(view.batch).toMatchObject({ status: 'completed', granted: 1_999, unknown: 2, banned: 1 });
    expect(view.items.map((i: { user_id: string }) => i.user_id).sort()).toEqual([...unknown].sort());
    expect(await api.deps.prisma.grantBatchItem.count({ where: { batchId, status: 'pending' } })).toBe(0);
    const description = await handle.describe();
    expect(description.searchAttributes).toMatchObject({ GrantBatchStatus: ['completed'], GrantBatchProcessed: [2_002] });

    const again = await submit(api, admin, body, key);
    expect(again.status).toBe(200);
    expect(again.body.batch.id).toBe(batchId);
    expect(await api.deps.prisma.ledgerEntry.count({ where: { reason: 'admin_grant', ref: { startsWith: `${batchId}:` } } })).toBe(1_999);
    expect(await api.deps.prisma.auditLog.count({ where: { targetId: batchId } })).toBe(1);
  }, 600_000);
});

describe('bulk grants: maker-checker above 100,000 gold', () => {
  const config = testConfig();
  let api: TestApi;
  let quickApi: TestApi;
  let worker: TestWorker;
  let maker: TestPlayer;
  let checker: TestPlayer;
  beforeAll(async () => {
    api = await startTestApi(config);
    // The same task queue, but batches it starts give up waiting for approval after 2 s.
    quickApi = await startTestApi({ ...config, GRANT_APPROVAL_TIMEOUT_SECONDS: 2 });
    worker = await startTestWorker(config);
    maker = await signUpPlayer(api, { role: 'ADMIN' });
    checker = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await worker?.stop();
    await quickApi?.close();
    await api?.close();
  });

  const decide = (who: TestPlayer, id: string, action: 'approve' | 'reject', reason = 'checked the ticket') =>
    http(api.baseUrl, 'POST', `/api/admin/grant-batches/${id}/${action}`, { headers: who.auth, body: { reason } });
  const paid = (id: string) => api.deps.prisma.ledgerEntry.count({ where: { reason: 'admin_grant', ref: { startsWith: `${id}:` } } });

  it('a 150,000-gold batch pays nothing until a second operator approves; the maker approving is 403', async () => {
    const ids = await insertPlayers(api.deps.prisma, 3);
    const res = await submit(api, maker, { user_ids: ids, amount: 50_000, reason: 'tournament prizes' });
    expect(res.status).toBe(202);
    expect(res.body.batch).toMatchObject({ status: 'awaiting_approval', total_gold: 150_000, requires_approval: true });
    const id = res.body.batch.id as string;
    const handle = api.deps.temporal.workflow.getHandle(grantBatchWorkflowId(id));
    await expect.poll(async () => (await handle.query(progressQuery)).status).toBe('awaiting_approval');

    const own = await decide(maker, id, 'approve');
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('maker_cannot_decide');
    expect(await paid(id)).toBe(0);
    expect((await handle.query(progressQuery)).status).toBe('awaiting_approval');

    const ok = await decide(checker, id, 'approve', 'prizes confirmed by events team');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ approver_id: checker.id });
    expect(['running', 'completed']).toContain(ok.body.status);
    expect(await handle.result()).toMatchObject({ status: 'completed', granted: 3 });
    expect(await paid(id)).toBe(3);
    const twice = await decide(checker, id, 'approve');
    expect(twice.status).toBe(409);
    const audit = await api.deps.prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.adminId])).toEqual([
      ['grant_batch.create', maker.id],
      ['grant_batch.approve', checker.id],
    ]);
    expect(audit[1]!.requestId).toBeTruthy();
  });

  it('a rejected batch is cancelled and pays nothing', async () => {
    const ids = await insertPlayers(api.deps.prisma, 3);
    const id = (await submit(api, maker, { user_ids: ids, amount: 50_000, reason: 'typo batch' })).body.batch.id as string;
    const rejected = await decide(checker, id, 'reject', 'amount is wrong');
    expect(rejected.status).toBe(200);
    expect(rejected.body.status).toBe('cancelled');
    expect(await api.deps.temporal.workflow.getHandle(grantBatchWorkflowId(id)).result()).toMatchObject({ status: 'cancelled', processed: 0 });
    expect(await paid(id)).toBe(0);
  });

  it('a batch not approved before its deadline is cancelled and pays nothing', async () => {
    const ids = await insertPlayers(api.deps.prisma, 3);
    const res = await submit(quickApi, maker, { user_ids: ids, amount: 50_000, reason: 'forgotten batch' });
    const id = res.body.batch.id as string;
    expect(await api.deps.temporal.workflow.getHandle(grantBatchWorkflowId(id)).result()).toMatchObject({ status: 'cancelled', processed: 0 });
    expect((await batchOf(api, maker, id)).batch).toMatchObject({ status: 'cancelled', decision_reason: 'approval timed out' });
    expect((await decide(checker, id, 'approve')).status).toBe(409);
    expect(await paid(id)).toBe(0);
  });

  it('refuses bad batches with 400 and creates nothing', async () => {
    const before = await api.deps.prisma.grantBatch.count();
    expect((await submit(api, maker, { user_ids: [], amount: 10, reason: 'empty' })).status).toBe(400);
    expect((await submit(api, maker, { user_ids: ['nope'], amount: 10, reason: 'bad id' })).status).toBe(400);
    expect((await submit(api, maker, { user_ids: Array.from({ length: 10_001 }, () => randomUUID()), amount: 1, reason: 'too many' })).status).toBe(400);
    expect((await submit(api, maker, { user_ids: [randomUUID()], amount: -5, reason: 'negative' })).status).toBe(400);
    expect((await http(api.baseUrl, 'POST', '/api/admin/grant-batches', { headers: maker.auth, body: { user_ids: [randomUUID()], amount: 5, reason: 'no key' } })).status).toBe(400);
    expect(await api.deps.prisma.grantBatch.count()).toBe(before);
  });
});

describe('bulk grants to a segment', () => {
  let config: ReturnType<typeof testConfig>;
  let api: TestApi;
  let worker: TestWorker;
  let admin: TestPlayer;
  beforeAll(async () => {
    // A database of its own: a segment here holds exactly the players this file puts in it.
    config = testConfig({ DATABASE_URL: await createIsolatedDatabase('grantseg') });
    api = await startTestApi(config);
    worker = await startTestWorker(config);
    admin = await signUpPlayer(api, { role: 'ADMIN' });
  });
  afterAll(async () => {
    if (api) await expectLedgerInvariant(api.deps.prisma);
    await worker?.stop();
    await api?.close();
  });

  const place = (ids: string[], segment: string) =>
    api.deps.prisma.$executeRaw`
      INSERT INTO player_segments (user_id, segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents, run_id)
      SELECT u, ${segment}, 3, 3, 3, 1, 1, 0, 'grant-test' FROM unnest(${ids}::uuid[]) AS u
      ON CONFLICT (user_id) DO UPDATE SET segment = EXCLUDED.segment`;

  it("pays every player in the segment at creation once; a retry with the same key is the same batch even after the segment changed", async () => {
    const whales = await insertPlayers(api.deps.prisma, 3);
    await place(whales, 'Whale');
    await place(await insertPlayers(api.deps.prisma, 2), 'High');
    const key = randomUUID();
    const res = await submit(api, admin, { segment: 'Whale', amount: 25, reason: 'whale weekend gift' }, key);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body.batch).toMatchObject({ segment: 'Whale', player_count: 3, total_gold: 75, status: 'running' });
    const id = res.body.batch.id as string;
    expect(await api.deps.temporal.workflow.getHandle(grantBatchWorkflowId(id)).result()).toMatchObject({ status: 'completed', granted: 3 });
    const entries = await api.deps.prisma.ledgerEntry.findMany({ where: { reason: 'admin_grant', ref: { startsWith: `${id}:` } }, select: { userId: true, delta: true } });
    expect(entries.map((e) => e.userId).sort()).toEqual(whales);
    expect(entries.every((e) => e.delta === 25)).toBe(true);

    // A fourth whale arrives; the retry answers the batch as it was made and pays nobody new.
    await place(await insertPlayers(api.deps.prisma, 1), 'Whale');
    const again = await submit(api, admin, { segment: 'Whale', amount: 25, reason: 'whale weekend gift' }, key);
    expect(again.status).toBe(200);
    expect(again.body.batch).toMatchObject({ id, player_count: 3 });
    expect(await api.deps.prisma.ledgerEntry.count({ where: { reason: 'admin_grant', ref: { startsWith: `${id}:` } } })).toBe(3);
    const other = await submit(api, admin, { segment: 'High', amount: 25, reason: 'whale weekend gift' }, key);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });

  it('refuses an empty segment, one larger than a batch, and a body naming both a list and a segment; nothing is created', async () => {
    const before = await api.deps.prisma.grantBatch.count();
    const empty = await submit(api, admin, { segment: 'Dormant', amount: 5, reason: 'nobody there' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('segment_empty');
    await place(await insertPlayers(api.deps.prisma, 10_001), 'Low');
    const large = await submit(api, admin, { segment: 'Low', amount: 1, reason: 'too many' });
    expect(large.status).toBe(422);
    expect(large.body.error).toMatchObject({ code: 'segment_too_large', details: { players: 10_001, max: 10_000 } });
    const both = await submit(api, admin, { segment: 'High', user_ids: [randomUUID()], amount: 5, reason: 'both' });
    expect(both.status).toBe(400);
    expect(both.body.error.details.issues[0].path).toBe('body.user_ids');
    expect((await submit(api, admin, { amount: 5, reason: 'neither' })).status).toBe(400);
    expect((await submit(api, admin, { segment: 'Krakens', amount: 5, reason: 'unknown' })).status).toBe(400);
    expect(await api.deps.prisma.grantBatch.count()).toBe(before);
  });
});
