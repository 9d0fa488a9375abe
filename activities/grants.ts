import { Context } from '@temporalio/activity';
import type { GrantBatchCounts, GrantBatchDecision, GrantBatchStatus, GrantItemResult } from '../workflows/messages/grant-batch.ts';
import { batchGrantRef } from '../workflows/messages/grant-batch.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import { applyLedgerEntry } from '../services/ledger/apply-ledger-entry.ts';
import { writeAuditLog } from '../services/admin/write-audit-log.ts';

/** One chunk of a batch paid: the batch's counts after it, and whether any player is left. */
export interface GrantChunkResult {
  counts: GrantBatchCounts;
  done: boolean;
}

const CHUNK_TX = { maxWait: 30_000, timeout: 120_000 };

interface BatchCountsRow {
  status: GrantBatchStatus;
  processed: number;
  granted: number;
  already_granted: number;
  unknown: number;
  banned: number;
}
const countsOf = (r: BatchCountsRow): GrantBatchCounts => ({ processed: r.processed, granted: r.granted, already_granted: r.already_granted, unknown: r.unknown, banned: r.banned });

/** Activities of GrantBatchWorkflow: each is one transaction and safe to retry. */
export function createGrantActivities(deps: { prisma: PrismaClient }) {
  return {
    /**
     * Pays up to `limit` pending players of a batch in one transaction: unknown ids and banned
     * players are recorded as such, the others paid through the ledger with the reference
     * (admin_grant, <batch>:<player>), so a retried or resumed chunk never pays twice.
     */
    async processGrantChunk(input: { batchId: string; amount: number; limit: number }): Promise<GrantChunkResult> {
      return deps.prisma.$transaction(async (tx) => {
        // The batch row lock serializes chunks of one batch (a retry racing a slow attempt).
        await tx.$queryRaw`SELECT id FROM grant_batches WHERE id = ${input.batchId}::uuid FOR UPDATE`;
        const pending = await tx.$queryRaw<{ user_id: string; exists: boolean; banned: boolean }[]>`
          SELECT i.user_id::text AS user_id, u.id IS NOT NULL AS exists, u.banned_at IS NOT NULL AS banned
          FROM grant_batch_items i LEFT JOIN users u ON u.id = i.user_id
          WHERE i.batch_id = ${input.batchId}::uuid AND i.status = 'pending'
          ORDER BY i.user_id LIMIT ${input.limit}`;
        const results: { userId: string; result: GrantItemResult }[] = [];
        for (const p of pending) {
          Context.current().heartbeat();
          if (!p.exists) results.push({ userId: p.user_id, result: 'unknown' });
          else if (p.banned) results.push({ userId: p.user_id, result: 'banned' });
          else {
            const { applied } = await applyLedgerEntry(tx, {
              userId: p.user_id,
              delta: input.amount,
              reason: 'admin_grant',
              ref: batchGrantRef(input.batchId, p.user_id),
              meta: { batch_id: input.batchId },
            });
            results.push({ userId: p.user_id, result: applied ? 'granted' : 'already_granted' });
          }
        }
        if (results.length > 0) {
          await tx.$executeRaw`
            UPDATE grant_batch_items i SET status = r.status, processed_at = now()
            FROM unnest(${results.map((r) => r.userId)}::uuid[], ${results.map((r) => r.result)}::text[]) AS r(user_id, status)
            WHERE i.batch_id = ${input.batchId}::uuid AND i.user_id = r.user_id`;
        }
        const n = (k: GrantItemResult) => results.filter((r) => r.result === k).length;
        const [row] = await tx.$queryRaw<BatchCountsRow[]>`
          UPDATE grant_batches SET processed = processed + ${results.length}, granted = granted + ${n('granted')},
            already_granted = already_granted + ${n('already_granted')}, unknown = unknown + ${n('unknown')}, banned = banned + ${n('banned')}
          WHERE id = ${input.batchId}::uuid
          RETURNING status, processed, granted, already_granted, unknown, banned`;
        return { counts: countsOf(row!), done: pending.length < input.limit };
      }, CHUNK_TX);
    },

    /**
     * Records a second operator's decision and its audit row in one transaction. A retry
     * after the commit finds the batch decided and changes nothing.
     */
    async recordGrantDecision(input: GrantBatchDecision & { batchId: string }): Promise<GrantBatchStatus> {
      return deps.prisma.$transaction(async (tx) => {
        const status: GrantBatchStatus = input.approve ? 'running' : 'cancelled';
        const moved = await tx.$executeRaw`
          UPDATE grant_batches SET status = ${status}, approver_id = ${input.adminId}::uuid, decision_reason = ${input.reason}, decided_at = now()
          WHERE id = ${input.batchId}::uuid AND status = 'awaiting_approval'`;
        if (moved === 1) {
          await writeAuditLog(tx, {
            adminId: input.adminId,
            action: input.approve ? 'grant_batch.approve' : 'grant_batch.reject',
            targetType: 'grant_batch',
            targetId: input.batchId,
            reason: input.reason,
            before: { status: 'awaiting_approval' },
            after: { status },
            requestId: input.requestId,
          });
        }
        const row = await tx.grantBatch.findUniqueOrThrow({ where: { id: input.batchId }, select: { status: true } });
        return row.status as GrantBatchStatus;
      });
    },

    /** Cancels a batch whose approval did not come in time (nothing was paid). */
    async cancelGrantBatch(input: { batchId: string }): Promise<GrantBatchStatus> {
      await deps.prisma.$executeRaw`
        UPDATE grant_batches SET status = 'cancelled', decision_reason = 'approval timed out', decided_at = now()
        WHERE id = ${input.batchId}::uuid AND status = 'awaiting_approval'`;
      const row = await deps.prisma.grantBatch.findUniqueOrThrow({ where: { id: input.batchId }, select: { status: true } });
      return row.status as GrantBatchStatus;
    },

    /** Marks a batch whose every player has a result as completed. */
    async completeGrantBatch(input: { batchId: string }): Promise<GrantBatchStatus> {
      await deps.prisma.$executeRaw`
        UPDATE grant_batches SET status = 'completed', completed_at = now() WHERE id = ${input.batchId}::uuid AND status = 'running'`;
      const row = await deps.prisma.grantBatch.findUniqueOrThrow({ where: { id: input.batchId }, select: { status: true } });
      return row.status as GrantBatchStatus;
    },
  };
}
