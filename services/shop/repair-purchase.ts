import { WorkflowFailedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError, type ErrorCode } from '../../lib/errors.ts';
import { purchaseRefundWorkflowId, purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { failUpdate, retryNowUpdate } from '../../workflows/messages/purchase.ts';
import { PURCHASE_REFUND_WORKFLOW, type PurchaseRefundWorkflow } from '../../workflows/messages/purchase-refund.ts';
import { writeAuditLog } from '../admin/write-audit-log.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView, type PurchaseView } from './purchase-view.ts';
import { zReason } from '../../lib/text.ts';

/** Body of every repair action: why (kept in the audit log). */
export const ZRepairRequest = z.object({ reason: zReason() });

export type RepairAction = 'retry' | 'fail' | 'refund';

export interface RepairDeps {
  prisma: PrismaClient;
  temporal: Client;
  config: Config;
}

/** The cause's message of a refused update or failed workflow, for the operator. */
function failureMessage(err: unknown): string | null {
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof ApplicationFailure) return cause.message;
  if (cause && typeof cause === 'object' && 'cause' in cause) return failureMessage(cause);
  return null;
}

/**
 * Support's repairs, each through the purchase's workflow (an Update, so the operator gets
 * an answer) or a refund workflow, and each written to the audit log with the outcome:
 * - retry: check the provider now (only while waiting for it);
 * - fail: give up while waiting for the provider, voiding the authorization;
 * - refund: provider refund + ledger clawback of a successful purchase; refused (and
 *   reported) when the player's balance would go below zero.
 */
export async function repairPurchase(
  deps: RepairDeps,
  opts: { receiptCode: string; action: RepairAction; adminId: string; reason: string },
): Promise<{ purchase: PurchaseView; message: string }> {
  const { prisma, temporal } = deps;
  const row = await prisma.purchase.findUnique({ where: { receiptCode: opts.receiptCode }, include: PURCHASE_VIEW_INCLUDE });
  if (!row) throw AppError.of('not_found', `No purchase ${opts.receiptCode}`);
  const audit = (outcome: string, details: Record<string, unknown> = {}) =>
    writeAuditLog(prisma, { adminId: opts.adminId, action: `purchase.${opts.action}`, targetType: 'purchase', targetId: opts.receiptCode, reason: opts.reason, details: { outcome, statusBefore: row.status, ...details } });
  const refuse = async (code: ErrorCode, message: string, details: Record<string, unknown> = {}) => {
    await audit('refused', { code, message, ...details });
    return new AppError(code, message, details);
  };
  const reload = async () => toPurchaseView(await prisma.purchase.findUniqueOrThrow({ where: { receiptCode: opts.receiptCode }, include: PURCHASE_VIEW_INCLUDE }));

  if (opts.action === 'refund') {
    if (row.status !== 'success') throw await refuse('not_refundable', `Only a successful purchase can be refunded; this one is ${row.status}`);
    const user = await prisma.user.findUniqueOrThrow({ where: { id: row.userId } });
    if (user.goldBalance < row.gold) {
      throw await refuse('refund_blocked', `The player has ${user.goldBalance} gold left of the ${row.gold} bought: a clawback would go below zero`, { balance: user.goldBalance, gold: row.gold });
    }
    try {
      // A blocked attempt fails the workflow, so it may be tried again; a finished refund may not.
      const result = await temporal.workflow.execute<PurchaseRefundWorkflow>(PURCHASE_REFUND_WORKFLOW, {
        workflowId: purchaseRefundWorkflowId(opts.receiptCode),
        taskQueue: deps.config.TEMPORAL_TASK_QUEUE,
        args: [{ receiptCode: opts.receiptCode, adminId: opts.adminId, reason: opts.reason }],
        workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY',
        workflowIdConflictPolicy: 'USE_EXISTING',
        staticSummary: `Refund of ${opts.receiptCode}`,
      });
      await audit('refunded', { result });
      return { purchase: await reload(), message: `Refunded: ${row.gold} gold clawed back and ${(row.amountCents / 100).toFixed(2)} ${row.currency} returned` };
    } catch (err) {
      if (err instanceof WorkflowFailedError) throw await refuse('refund_blocked', failureMessage(err) ?? 'The refund could not be completed');
      throw err;
    }
  }

  const handle = temporal.workflow.getHandle(purchaseWorkflowId(opts.receiptCode));
  try {
    const state = await handle.executeUpdate(opts.action === 'retry' ? retryNowUpdate : failUpdate, { args: [{ adminId: opts.adminId, reason: opts.reason }] });
    await audit(opts.action === 'retry' ? 'poll_requested' : 'failed', { phase: state.phase, status: state.status });
    return {
      purchase: await reload(),
      message:
        opts.action === 'retry'
          ? 'The provider will be asked again now'
          : state.status === 'failed'
            ? `Failed and voided (${state.failureReason ?? 'failed'})`
            : 'The authorization is still in flight at the provider: the purchase fails and is voided as soon as it answers',
    };
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) throw await refuse('not_pending', failureMessage(err) ?? 'The purchase is not waiting for the provider');
    if (err instanceof WorkflowNotFoundError) throw await refuse('not_pending', `The purchase is already ${row.status}`);
    throw err;
  }
}
