import type { PrismaClient } from '../../lib/db/client.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';
import { InsufficientFundsError, applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';

/** A refund that must not happen: the purchase did not succeed, or the player spent the gold. */
export class RefundBlockedError extends Error {
  constructor(
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'RefundBlockedError';
  }
}

/** Grants the purchased gold through the ledger (reason `purchase`, ref = receipt): once, however often retried. */
export async function grantPurchaseGold(deps: { prisma: PrismaClient; redis: Redis }, req: { receiptCode: string; userId: string; gold: number }): Promise<{ balance: number }> {
  const { balance } = await applyLedgerEntry(deps.prisma, { userId: req.userId, delta: req.gold, reason: 'purchase', ref: req.receiptCode });
  await publishToUser(deps.redis, req.userId, 'profile_update', { gold_balance: balance }).catch(() => undefined);
  return { balance };
}

/**
 * Takes the purchased gold back (reason `refund`, ref = receipt). Throws RefundBlockedError,
 * without moving anything, when the purchase is not a successful one or the balance would go
 * below zero.
 */
export async function clawBackPurchaseGold(
  deps: { prisma: PrismaClient; redis: Redis },
  receiptCode: string,
): Promise<{ gold: number; amountCents: number; providerPaymentId: string }> {
  const row = await deps.prisma.purchase.findUnique({ where: { receiptCode } });
  if (!row || (row.status !== 'success' && row.status !== 'refunded') || !row.providerPaymentId) {
    throw new RefundBlockedError(`purchase ${receiptCode} is not a successful purchase`);
  }
  try {
    const { balance } = await applyLedgerEntry(deps.prisma, { userId: row.userId, delta: -row.gold, reason: 'refund', ref: row.receiptCode });
    await publishToUser(deps.redis, row.userId, 'profile_update', { gold_balance: balance }).catch(() => undefined);
  } catch (err) {
    if (err instanceof InsufficientFundsError) throw new RefundBlockedError(`the player has spent the gold: ${err.message}`, err.details);
    throw err;
  }
  return { gold: row.gold, amountCents: row.amountCents, providerPaymentId: row.providerPaymentId };
}
