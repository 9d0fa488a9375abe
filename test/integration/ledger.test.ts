import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InsufficientFundsError, applyLedgerEntry } from '../../services/ledger/apply-ledger-entry.ts';
import { signUpPlayer } from '../support/accounts.ts';
import { testConfig } from '../support/env.ts';
import { http, startTestApi, type TestApi } from '../support/harness.ts';
import { expectLedgerInvariant } from '../support/ledger.ts';

describe('the gold ledger', () => {
  const config = testConfig({ DATABASE_POOL_SIZE: '20' });
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(config);
  });
  afterAll(async () => {
    await expectLedgerInvariant(api.deps.prisma);
    await api?.close();
  });

  it('lets exactly 100 of 200 concurrent debits of 10 through on a balance of 1,000', async () => {
    const player = await signUpPlayer(api);
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        applyLedgerEntry(api.deps.prisma, { userId: player.id, delta: -10, reason: 'game_bet', ref: `debit-${player.id}-${i}` }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(ok).toHaveLength(100);
    expect(refused).toHaveLength(100);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(InsufficientFundsError);
    const user = await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } });
    expect(user.goldBalance).toBe(0);
    // Never negative on the way: every entry's balance_after is >= 0 and they step down by 10.
    const entries = await api.deps.prisma.ledgerEntry.findMany({ where: { userId: player.id }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.balanceAfter)).toEqual([1000, ...Array.from({ length: 100 }, (_, i) => 990 - i * 10)]);
    await expectLedgerInvariant(api.deps.prisma);
  });

  it('applies the same (reason, ref) once when sent 20 times concurrently', async () => {
    const player = await signUpPlayer(api);
    const ref = `grant-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => applyLedgerEntry(api.deps.prisma, { userId: player.id, delta: 250, reason: 'admin_grant', ref })),
    );
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(new Set(results.map((r) => r.entry.id)).size).toBe(1);
    expect(await api.deps.prisma.ledgerEntry.count({ where: { reason: 'admin_grant', ref } })).toBe(1);
    expect((await api.deps.prisma.user.findUniqueOrThrow({ where: { id: player.id } })).goldBalance).toBe(1250);
  });

  it('refuses a reused (reason, ref) for a different change', async () => {
    const player = await signUpPlayer(api);
    const ref = `grant-${randomUUID()}`;
    await applyLedgerEntry(api.deps.prisma, { userId: player.id, delta: 5, reason: 'admin_grant', ref });
    await expect(applyLedgerEntry(api.deps.prisma, { userId: player.id, delta: 6, reason: 'admin_grant', ref })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('is enforced by the database: no negative balance, no edited or deleted entry', async () => {
    const player = await signUpPlayer(api);
    await expect(api.deps.prisma.$executeRaw`UPDATE users SET gold_balance = -1 WHERE id = ${player.id}::uuid`).rejects.toThrow(/gold_balance_non_negative|check constraint/i);
    await expect(api.deps.prisma.$executeRaw`UPDATE ledger_entries SET delta = 5 WHERE user_id = ${player.id}::uuid`).rejects.toThrow(/append-only/);
    await expect(api.deps.prisma.$executeRaw`DELETE FROM ledger_entries WHERE user_id = ${player.id}::uuid`).rejects.toThrow(/append-only/);
  });

  it('shows the balance and the ledger newest first, page by page', async () => {
    const player = await signUpPlayer(api);
    for (let i = 1; i <= 5; i++) await applyLedgerEntry(api.deps.prisma, { userId: player.id, delta: i, reason: 'admin_grant', ref: `page-${player.id}-${i}` });
    const wallet = await http(api.baseUrl, 'GET', '/api/wallet', { headers: player.auth });
    expect(wallet.body).toEqual({ balance: 1015 });

    const first = await http(api.baseUrl, 'GET', '/api/wallet/ledger?limit=4', { headers: player.auth });
    expect(first.status).toBe(200);
    expect(first.body.items.map((e: { delta: number }) => e.delta)).toEqual([5, 4, 3, 2]);
    expect(first.body.items[0]).toMatchObject({ reason: 'admin_grant', balance_after: 1015 });
    const second = await http(api.baseUrl, 'GET', `/api/wallet/ledger?limit=4&cursor=${first.body.next_cursor}`, { headers: player.auth });
    expect(second.body.items.map((e: { delta: number }) => e.delta)).toEqual([1, 1000]);
    expect(second.body.next_cursor).toBeNull();

    expect((await http(api.baseUrl, 'GET', '/api/wallet/ledger?cursor=abc', { headers: player.auth })).status).toBe(400);
    expect((await http(api.baseUrl, 'GET', '/api/wallet')).status).toBe(401);
  });

  it("never shows another player's entries", async () => {
    const a = await signUpPlayer(api);
    const b = await signUpPlayer(api);
    const page = await http(api.baseUrl, 'GET', '/api/wallet/ledger', { headers: a.auth });
    expect(page.body.items.every((e: { ref: string }) => e.ref !== b.id)).toBe(true);
    expect(page.body.items).toHaveLength(1);
  });
});
