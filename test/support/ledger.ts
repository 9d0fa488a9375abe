import { expect } from 'vitest';
import type { PrismaClient } from '../../lib/db/client.ts';

/**
 * The ledger invariant, for every user: gold_balance equals the sum of their entries, and
 * each entry's balance_after equals the running sum up to it. Every test that moves gold
 * ends with this.
 */
export async function expectLedgerInvariant(prisma: PrismaClient): Promise<void> {
  const mismatched = await prisma.$queryRaw<{ id: string; gold_balance: number; ledger_sum: bigint }[]>`
    SELECT u.id, u.gold_balance, COALESCE(SUM(l.delta), 0) AS ledger_sum
    FROM users u LEFT JOIN ledger_entries l ON l.user_id = u.id
    GROUP BY u.id HAVING u.gold_balance <> COALESCE(SUM(l.delta), 0)`;
  expect(mismatched, 'users whose balance differs from their ledger').toEqual([]);
  const badRunning = await prisma.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM (
      SELECT id, balance_after, SUM(delta) OVER (PARTITION BY user_id ORDER BY id) AS running FROM ledger_entries
    ) t WHERE balance_after <> running LIMIT 5`;
  expect(badRunning, 'entries whose balance_after is not the running sum').toEqual([]);
}
