import { createHash, randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import { SA_HOLD_PACKAGE, SA_USER_ID } from '../../workflows/messages/search-attributes.ts';
import { holdWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { awaitReservationUpdate, LIMITED_HOLD_WORKFLOW, type LimitedHoldWorkflow, type HoldRefusalReason, type LimitedHoldInput, type Reservation } from '../../workflows/messages/limited-hold.ts';
import type { LimitedDeps } from './deps.ts';
import { COUNTED_HOLD_STATUSES } from './reserve-limited-unit.ts';
import { saleRefusal, ZLimitedCode } from './rules.ts';

/** Params of `POST /api/shop/limited/:code/holds`. */
export const ZPlaceHoldParams = z.object({ code: ZLimitedCode });

/** The answer to a hold attempt: the hold (201), or why not (200). */
export type PlaceHoldResult =
  | { success: true; hold_id: string; package_code: string; expires_at: string; price_cents: number; gold: number; currency: string; stock_left: number }
  | { success: false; reason: HoldRefusalReason };

/** A hold id derived from (player, package, Idempotency-Key): a retried request names the same hold. */
export function holdIdFor(userId: string, packageCode: string, idempotencyKey: string): string {
  const h = createHash('sha256').update(`hold\n${userId}\n${packageCode}\n${idempotencyKey}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const toResult = (r: Reservation): PlaceHoldResult =>
  r.success
    ? { success: true, hold_id: r.holdId, package_code: r.packageCode, expires_at: r.expiresAt, price_cents: r.priceCents, gold: r.gold, currency: r.currency, stock_left: r.stockLeft }
    : { success: false, reason: r.reason };

/**
 * Places a hold on one unit: starts LimitedHoldWorkflow `hold:<id>` with an update that
 * answers once the unit is reserved or refused (update-with-start, one round trip). Cheap
 * read-only checks first refuse what is certainly refused (inactive, outside the window, sold
 * out, limit reached) without starting a workflow; the workflow's reservation decides the rest
 * under locks. With an Idempotency-Key, a retry answers the same hold.
 */
export async function placeHold(
  deps: LimitedDeps,
  opts: { userId: string; packageCode: string; idempotencyKey?: string },
): Promise<{ result: PlaceHoldResult; replayed: boolean }> {
  const { prisma, temporal, config } = deps;
  const pkg = await prisma.limitedPackage.findUnique({ where: { code: opts.packageCode } });
  if (!pkg) throw AppError.of('not_found', `No limited package ${opts.packageCode}`);
  const holdId = opts.idempotencyKey ? holdIdFor(opts.userId, pkg.code, opts.idempotencyKey) : randomUUID();

  if (opts.idempotencyKey) {
    const existing = await prisma.limitedHold.findUnique({ where: { id: holdId } });
    if (existing) {
      return {
        result: { success: true, hold_id: existing.id, package_code: existing.packageCode, expires_at: existing.expiresAt.toISOString(), price_cents: existing.priceCents, gold: existing.gold, currency: existing.currency, stock_left: pkg.stockLeft },
        replayed: true,
      };
    }
  }

  const refusal =
    saleRefusal(pkg, new Date()) ??
    (pkg.stockLeft <= 0 ? 'OUT_OF_STOCK' : null) ??
    ((await prisma.limitedHold.count({ where: { packageCode: pkg.code, userId: opts.userId, status: { in: COUNTED_HOLD_STATUSES } } })) >= pkg.perUserLimit ? 'USER_LIMIT' : null);
  if (refusal) return { result: { success: false, reason: refusal }, replayed: false };

  const input: LimitedHoldInput = {
    holdId,
    userId: opts.userId,
    packageCode: pkg.code,
    ttlMs: config.LIMITED_HOLD_TTL_SECONDS * 1_000,
    purchaseTiming: { pollInitialMs: config.PURCHASE_POLL_INITIAL_MS, pollMaxMs: config.PURCHASE_POLL_MAX_MS, pendingDeadlineMs: config.PURCHASE_PENDING_DEADLINE_MS },
    checkoutWaitMs: config.PURCHASE_DECISION_WAIT_MS,
  };
  const workflowId = holdWorkflowId(holdId);
  try {
    const reservation = await temporal.workflow.executeUpdateWithStart(awaitReservationUpdate, {
      startWorkflowOperation: new WithStartWorkflowOperation<LimitedHoldWorkflow>(LIMITED_HOLD_WORKFLOW, {
        workflowId,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [input],
        // A concurrent retry joins the running hold; a finished one is never started again.
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: SA_HOLD_PACKAGE, value: pkg.code },
          { key: SA_USER_ID, value: opts.userId },
        ],
        staticSummary: `Hold ${holdId}: ${pkg.name} (${pkg.code}) for user ${opts.userId}`,
        staticDetails: `TTL ${config.LIMITED_HOLD_TTL_SECONDS} s${opts.idempotencyKey ? ` · idempotency key ${opts.idempotencyKey}` : ''}`,
      }),
    });
    return { result: toResult(reservation), replayed: false };
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    // The same key's hold already finished: its reservation is in the workflow's result.
    const state = await temporal.workflow.getHandle<LimitedHoldWorkflow>(workflowId).result();
    if (!state.reservation) throw err;
    return { result: toResult(state.reservation), replayed: true };
  }
}
