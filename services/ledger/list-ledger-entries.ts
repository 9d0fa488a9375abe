import type { PrismaClient } from '../../lib/db/client.ts';
import type { LedgerEntryView } from './apply-ledger-entry.ts';

export interface ListLedgerEntriesOptions {
  userId: string;
  /** The id of the last entry of the previous page; entries older than it come next. */
  cursor?: string;
  limit: number;
}

/** A player's ledger, newest first, cursor-paginated by entry id. */
export async function listLedgerEntries(
  prisma: PrismaClient,
  opts: ListLedgerEntriesOptions,
): Promise<{ items: Omit<LedgerEntryView, 'user_id'>[]; next_cursor: string | null }> {
  const rows = await prisma.ledgerEntry.findMany({
    where: { userId: opts.userId, ...(opts.cursor ? { id: { lt: BigInt(opts.cursor) } } : {}) },
    orderBy: { id: 'desc' },
    take: opts.limit + 1,
  });
  const page = rows.slice(0, opts.limit);
  return {
    items: page.map((r) => ({
      id: r.id.toString(),
      delta: r.delta,
      reason: r.reason,
      ref: r.ref,
      balance_after: r.balanceAfter,
      created_at: r.createdAt.toISOString(),
    })),
    next_cursor: rows.length > opts.limit ? page[page.length - 1]!.id.toString() : null,
  };
}
