import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { zReason } from '../../lib/text.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import { writeAuditLog } from './write-audit-log.ts';

/** Largest single grant, per player (an operator typo should not mint a fortune). */
export const MAX_GRANT_GOLD = 1_000_000;

/** Body of `POST /api/admin/players/:id/grants`. */
export const ZGrantGoldRequest = z.object({
  amount: z.number().int().min(1).max(MAX_GRANT_GOLD),
  reason: zReason(),
});
export type GrantGoldRequest = z.infer<typeof ZGrantGoldRequest>;

/** A single grant as the API answers it. */
export interface GoldGrantView {
  grant_id: string;
  user_id: string;
  amount: number;
  reason: string;
  balance: number;
  created_at: string;
}

/**
 * Grants gold to one player: the grant row, its ledger entry (admin_grant, grant id) and the
 * audit row in one transaction. The operator's Idempotency-Key makes a retry return the first
 * grant (`replayed`) instead of paying again. Banned players get nothing (409 `player_banned`).
 */
export async function grantGold(
  prisma: PrismaClient,
  opts: { userId: string; adminId: string; idempotencyKey: string; body: GrantGoldRequest },
): Promise<{ grant: GoldGrantView; replayed: boolean }> {
  return prisma.$transaction(
    async (tx) => {
      const user = await tx.user.findUnique({ where: { id: opts.userId }, select: { id: true, bannedAt: true, goldBalance: true } });
      if (!user) throw AppError.of('not_found', `No player ${opts.userId}`);
      // Serialize retries of one key: the second waits for the first and then replays it.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`grant:${opts.adminId}:${opts.idempotencyKey}`}))`;
      const existing = await tx.goldGrant.findUnique({ where: { adminId_idempotencyKey: { adminId: opts.adminId, idempotencyKey: opts.idempotencyKey } } });
      if (existing) {
        if (existing.userId !== opts.userId || existing.amount !== opts.body.amount) {
          throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used for a different grant');
        }
        const balance = (await tx.user.findUniqueOrThrow({ where: { id: opts.userId }, select: { goldBalance: true } })).goldBalance;
        return { grant: { grant_id: existing.id, user_id: existing.userId, amount: existing.amount, reason: existing.reason, balance, created_at: existing.createdAt.toISOString() }, replayed: true };
      }
      if (user.bannedAt) throw new AppError('player_banned', 'This player is banned: no grants');
      const grant = await tx.goldGrant.create({
        data: { id: randomUUID(), userId: opts.userId, adminId: opts.adminId, amount: opts.body.amount, reason: opts.body.reason, idempotencyKey: opts.idempotencyKey },
      });
      const { balance } = await applyLedgerEntry(tx, { userId: opts.userId, delta: opts.body.amount, reason: 'admin_grant', ref: grant.id, meta: { admin_id: opts.adminId } });
      await writeAuditLog(tx, {
        adminId: opts.adminId,
        action: 'player.grant_gold',
        targetType: 'player',
        targetId: opts.userId,
        reason: opts.body.reason,
        before: { gold_balance: user.goldBalance },
        after: { gold_balance: balance },
        details: { grant_id: grant.id, amount: grant.amount },
      });
      return { grant: { grant_id: grant.id, user_id: grant.userId, amount: grant.amount, reason: grant.reason, balance, created_at: grant.createdAt.toISOString() }, replayed: false };
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}
