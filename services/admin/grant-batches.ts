import { randomUUID } from 'node:crypto';
import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { z } from 'zod';
import { zReason } from '../../lib/text.ts';
import { SEGMENTS, type Segment } from '../../domain/segments.ts';
import { decideUpdate, GRANT_BATCH_WORKFLOW, needsApproval, type GrantBatchInput, type GrantBatchStatus, type GrantBatchWorkflow } from '../../workflows/messages/grant-batch.ts';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient, Tx } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { currentRequestScope } from '../../lib/request-scope.ts';
import { grantBatchWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import type { GrantBatch } from '../../generated/prisma/client.ts';
import { MAX_GRANT_GOLD } from './grant-gold.ts';
import { writeAuditLog } from './write-audit-log.ts';

/** Most players one batch may name. */
export const MAX_BATCH_PLAYERS = 10_000;

/**
 * Body of `POST /api/admin/grant-batches`: the same amount to each listed player, or to every
 * player in one RFM segment at the time the batch is created.
 */
export const ZCreateGrantBatchRequest = z
  .object({
    user_ids: z.array(z.uuid('must be player ids')).min(1).max(MAX_BATCH_PLAYERS).optional().describe('the players; or send segment instead'),
    segment: z.enum(SEGMENTS).optional().describe("every player in this segment now (the batch keeps that list); or send user_ids instead"),
    amount: z.number().int().min(1).max(MAX_GRANT_GOLD),
    reason: zReason(),
  })
  .refine((b) => (b.user_ids === undefined) !== (b.segment === undefined), { message: 'send either user_ids or segment, not both', path: ['user_ids'] })
  .meta({ oneOf: [{ required: ['user_ids'] }, { required: ['segment'] }] });
export type CreateGrantBatchRequest = z.infer<typeof ZCreateGrantBatchRequest>;

/** A batch as the console shows it (the answer of every grant-batch route). */
export const ZGrantBatch = z.object({
  id: z.string(),
  workflow_id: z.string(),
  maker_id: z.string(),
  amount: z.number().int(),
  player_count: z.number().int(),
  total_gold: z.number().int(),
  reason: z.string(),
  segment: z.enum(SEGMENTS).nullable().describe('the RFM segment the players were taken from at creation; null for a list'),
  status: z.enum(['awaiting_approval', 'running', 'completed', 'cancelled']),
  requires_approval: z.boolean(),
  approver_id: z.string().nullable(),
  decision_reason: z.string().nullable(),
  processed: z.number().int(),
  granted: z.number().int(),
  already_granted: z.number().int(),
  unknown: z.number().int(),
  banned: z.number().int(),
  created_at: z.string(),
  decided_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  temporal_ui_url: z.string(),
});
export type GrantBatchView = z.infer<typeof ZGrantBatch>;

/** What the batch services work over. */
export interface GrantBatchDeps {
  prisma: PrismaClient;
  temporal: Client;
  config: Config;
}

const toView = (config: Config, b: GrantBatch): GrantBatchView => ({
  id: b.id,
  workflow_id: grantBatchWorkflowId(b.id),
  maker_id: b.makerId,
  amount: b.amount,
  player_count: b.playerCount,
  total_gold: Number(b.totalGold),
  reason: b.reason,
  segment: b.segment as Segment | null,
  status: b.status as GrantBatchStatus,
  requires_approval: b.requiresApproval,
  approver_id: b.approverId,
  decision_reason: b.decisionReason,
  processed: b.processed,
  granted: b.granted,
  already_granted: b.alreadyGranted,
  unknown: b.unknown,
  banned: b.banned,
  created_at: b.createdAt.toISOString(),
  decided_at: b.decidedAt?.toISOString() ?? null,
  completed_at: b.completedAt?.toISOString() ?? null,
  temporal_ui_url: `${config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(grantBatchWorkflowId(b.id))}`,
});

/** Starts (or joins) a batch's workflow; a finished one is not started again. */
async function startBatchWorkflow(deps: GrantBatchDeps, b: GrantBatch): Promise<void> {
  const input: GrantBatchInput = {
    batchId: b.id,
    makerId: b.makerId,
    amount: b.amount,
    playerCount: b.playerCount,
    requiresApproval: b.requiresApproval,
    approvalTimeoutMs: deps.config.GRANT_APPROVAL_TIMEOUT_SECONDS * 1000,
    chunkSize: deps.config.GRANT_BATCH_CHUNK_SIZE,
  };
  try {
    await deps.temporal.workflow.start<GrantBatchWorkflow>(GRANT_BATCH_WORKFLOW, {
      workflowId: grantBatchWorkflowId(b.id),
      taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
      args: [input],
      workflowIdReusePolicy: 'REJECT_DUPLICATE',
      workflowIdConflictPolicy: 'USE_EXISTING',
      staticSummary: `Grant of ${b.amount} gold to ${b.playerCount} players`,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
  }
}

/**
 * Creates a batch and starts `grant-batch:<id>`. The batch row, one item per distinct player
 * and the audit row commit together first; the workflow then pays from them. The maker's
 * Idempotency-Key makes a resubmission return the same batch (and start nothing new), so the
 * same batch submitted twice pays once. Above GRANT_APPROVAL_THRESHOLD_GOLD in total the
 * batch waits for a second operator.
 */
export async function createGrantBatch(
  deps: GrantBatchDeps,
  opts: { makerId: string; idempotencyKey: string; body: CreateGrantBatchRequest },
): Promise<{ batch: GrantBatchView; replayed: boolean; duplicates_ignored: number }> {
  const segment = opts.body.segment ?? null;
  const listed = [...new Set((opts.body.user_ids ?? []).map((id) => id.toLowerCase()))];
  const { row, replayed } = await deps.prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`grant-batch:${opts.makerId}:${opts.idempotencyKey}`}))`;
      const existing = await tx.grantBatch.findUnique({ where: { makerId_idempotencyKey: { makerId: opts.makerId, idempotencyKey: opts.idempotencyKey } } });
      if (existing) {
        // A segment's members may have moved since: the same key, amount and segment is the same batch.
        const same = existing.amount === opts.body.amount && existing.segment === segment && (segment !== null || existing.playerCount === listed.length);
        if (!same) throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used for a different batch');
        return { row: existing, replayed: true };
      }
      const userIds = segment === null ? listed : await segmentMembers(tx, segment);
      const total = userIds.length * opts.body.amount;
      const requiresApproval = needsApproval(total, deps.config.GRANT_APPROVAL_THRESHOLD_GOLD);
      const row = await tx.grantBatch.create({
        data: {
          id: randomUUID(),
          makerId: opts.makerId,
          idempotencyKey: opts.idempotencyKey,
          amount: opts.body.amount,
          playerCount: userIds.length,
          totalGold: BigInt(total),
          reason: opts.body.reason,
          segment,
          status: requiresApproval ? 'awaiting_approval' : 'running',
          requiresApproval,
        },
      });
      await tx.$executeRaw`INSERT INTO grant_batch_items (batch_id, user_id) SELECT ${row.id}::uuid, u FROM unnest(${userIds}::uuid[]) AS u`;
      await writeAuditLog(tx, {
        adminId: opts.makerId,
        action: 'grant_batch.create',
        targetType: 'grant_batch',
        targetId: row.id,
        reason: opts.body.reason,
        before: null,
        after: { status: row.status, amount: row.amount, player_count: row.playerCount, total_gold: total, segment },
      });
      return { row, replayed: false };
    },
    { maxWait: 10_000, timeout: 60_000 },
  );
  await startBatchWorkflow(deps, row);
  return { batch: toView(deps.config, row), replayed, duplicates_ignored: (opts.body.user_ids?.length ?? 0) - listed.length };
}

/** The players in a segment now, for a batch to keep (422 when none, or more than a batch may name). */
async function segmentMembers(tx: Tx, segment: Segment): Promise<string[]> {
  const rows = await tx.$queryRaw<{ user_id: string }[]>`
    SELECT user_id::text AS user_id FROM player_segments WHERE segment = ${segment} ORDER BY user_id LIMIT ${MAX_BATCH_PLAYERS + 1}`;
  if (rows.length === 0) throw new AppError('segment_empty', `No player is in the ${segment} segment now`);
  if (rows.length > MAX_BATCH_PLAYERS) {
    const [count] = await tx.$queryRaw<{ players: number }[]>`SELECT count(*)::int AS players FROM player_segments WHERE segment = ${segment}`;
    const players = count!.players;
    throw new AppError('segment_too_large', `The ${segment} segment has ${players} players; one batch may name at most ${MAX_BATCH_PLAYERS}`, { players, max: MAX_BATCH_PLAYERS });
  }
  return rows.map((r) => r.user_id);
}

/**
 * A second operator approves or rejects a batch awaiting approval, through the workflow's
 * `decide` update (which records the decision and its audit row in one transaction). The
 * maker's own decision is 403; a batch not awaiting approval is 409 `not_awaiting_approval`.
 */
export async function decideGrantBatch(
  deps: GrantBatchDeps,
  opts: { batchId: string; adminId: string; approve: boolean; reason: string },
): Promise<GrantBatchView> {
  const row = await deps.prisma.grantBatch.findUnique({ where: { id: opts.batchId } });
  if (!row) throw AppError.of('not_found', `No grant batch ${opts.batchId}`);
  if (row.makerId === opts.adminId) throw new AppError('maker_cannot_decide', 'A second operator must decide on this batch: not its maker');
  if (row.status !== 'awaiting_approval') throw new AppError('not_awaiting_approval', `This batch is ${row.status}`);
  try {
    await deps.temporal.workflow.getHandle(grantBatchWorkflowId(opts.batchId)).executeUpdate(decideUpdate, {
      args: [{ approve: opts.approve, adminId: opts.adminId, reason: opts.reason, requestId: currentRequestScope()?.requestId }],
    });
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError || err instanceof WorkflowNotFoundError) {
      const now = await deps.prisma.grantBatch.findUniqueOrThrow({ where: { id: opts.batchId } });
      throw new AppError('not_awaiting_approval', `This batch is ${now.status}`);
    }
    throw err;
  }
  return toView(deps.config, await deps.prisma.grantBatch.findUniqueOrThrow({ where: { id: opts.batchId } }));
}

/** Query of the per-player results: one status, paged by player id. */
export const ZGrantBatchItemsQuery = z.object({
  status: z.enum(['pending', 'granted', 'already_granted', 'unknown', 'banned']).optional(),
  after: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(100),
});

/** A batch with a page of its per-player results. */
export async function getGrantBatch(
  deps: Pick<GrantBatchDeps, 'prisma' | 'config'>,
  batchId: string,
  query: z.infer<typeof ZGrantBatchItemsQuery>,
): Promise<{ batch: GrantBatchView; items: { user_id: string; status: string }[]; next_after: string | null }> {
  const row = await deps.prisma.grantBatch.findUnique({ where: { id: batchId } });
  if (!row) throw AppError.of('not_found', `No grant batch ${batchId}`);
  const items = await deps.prisma.grantBatchItem.findMany({
    where: { batchId, ...(query.status ? { status: query.status } : {}), ...(query.after ? { userId: { gt: query.after } } : {}) },
    orderBy: { userId: 'asc' },
    take: query.limit + 1,
  });
  const page = items.slice(0, query.limit);
  return {
    batch: toView(deps.config, row),
    items: page.map((i) => ({ user_id: i.userId, status: i.status })),
    next_after: items.length > query.limit ? page[page.length - 1]!.userId : null,
  };
}

/** The newest batches first. */
export async function listGrantBatches(deps: Pick<GrantBatchDeps, 'prisma' | 'config'>, limit = 50): Promise<GrantBatchView[]> {
  return (await deps.prisma.grantBatch.findMany({ orderBy: { createdAt: 'desc' }, take: limit })).map((b) => toView(deps.config, b));
}
