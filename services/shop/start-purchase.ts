import { createHash } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { z } from 'zod';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { SA_PRODUCT_ID, SA_PURCHASE_PHASE, SA_PURCHASE_STATUS, SA_RECEIPT_CODE, SA_USER_ID } from '../../workflows/messages/search-attributes.ts';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { awaitDecisionUpdate, PURCHASE_WORKFLOW, type PurchaseInput, type PurchaseState, type PurchaseWorkflow } from '../../workflows/messages/purchase.ts';
import { productForPurchase } from './list-catalog.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView, type PurchaseView } from './purchase-view.ts';

/** Body of `POST /api/shop/purchases`. */
export const ZCreatePurchaseRequest = z.object({
  product_id: z.number().int().positive(),
  /** A sandbox test card number, or a provider's payment-method token. */
  payment_method: z.string().trim().min(4).max(100),
});
export type CreatePurchaseRequest = z.infer<typeof ZCreatePurchaseRequest>;

/** The Idempotency-Key header: required, 8-200 printable characters. */
export const ZIdempotencyKey = z.string().regex(/^[\x21-\x7e]{8,200}$/, 'must be 8-200 printable characters');

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * The receipt code is derived from (user, idempotency key): every retry of the same request
 * names the same workflow, `purchase:<receipt>`, so Temporal itself makes sure there is one.
 */
export function receiptCodeFor(userId: string, idempotencyKey: string): string {
  const digest = createHash('sha256').update(`${userId}\n${idempotencyKey}`).digest();
  let code = '';
  for (let i = 0; i < 14; i++) code += BASE32[digest[i]! % BASE32.length];
  return `CC-${code}`;
}

/** What must match for a retry to be the same request. */
export const requestHashOf = (body: CreatePurchaseRequest): string =>
  createHash('sha256').update(JSON.stringify({ product_id: body.product_id, payment_method: body.payment_method })).digest('hex');

const keyReused = () =>
  new AppError('idempotency_key_reused', 'This Idempotency-Key was already used for a different purchase request');

export interface StartPurchaseDeps {
  prisma: PrismaClient;
  temporal: Client;
  config: Config;
}

/**
 * Starts (or finds) the purchase for (user, key) and waits briefly for its decision. The
 * same key with the same body returns the same purchase, never a second charge; with another
 * body it is 422 `idempotency_key_reused`.
 */
export async function startPurchase(
  deps: StartPurchaseDeps,
  opts: { user: { id: string; role: 'STANDARD' | 'VIP' | 'ADMIN' }; idempotencyKey: string; body: CreatePurchaseRequest },
): Promise<{ purchase: PurchaseView; replayed: boolean }> {
  const { prisma, temporal, config } = deps;
  const receiptCode = receiptCodeFor(opts.user.id, opts.idempotencyKey);
  const requestHash = requestHashOf(opts.body);

  const existing = await prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
  if (existing) {
    if (existing.requestHash !== requestHash) throw keyReused();
    return { purchase: toPurchaseView(existing), replayed: true };
  }

  const product = await productForPurchase(prisma, { productId: opts.body.product_id, role: opts.user.role, economyV2: config.ECONOMY_V2 });
  const input: PurchaseInput = {
    receiptCode,
    userId: opts.user.id,
    productId: product.id,
    productName: product.name,
    gold: product.gold,
    amountCents: product.price_cents,
    currency: product.currency,
    paymentMethod: opts.body.payment_method,
    idempotencyKey: opts.idempotencyKey,
    requestHash,
    timing: { pollInitialMs: config.PURCHASE_POLL_INITIAL_MS, pollMaxMs: config.PURCHASE_POLL_MAX_MS, pendingDeadlineMs: config.PURCHASE_PENDING_DEADLINE_MS },
    providerCalls: config.PURCHASE_PROVIDER_CALLS,
  };
  const workflowId = purchaseWorkflowId(receiptCode);
  let state: PurchaseState;
  try {
    state = await temporal.workflow.executeUpdateWithStart(awaitDecisionUpdate, {
      args: [{ waitMs: config.PURCHASE_DECISION_WAIT_MS }],
      startWorkflowOperation: new WithStartWorkflowOperation<PurchaseWorkflow>(PURCHASE_WORKFLOW, {
        workflowId,
        taskQueue: config.TEMPORAL_TASK_QUEUE,
        args: [input],
        // A concurrent retry joins the running purchase; a finished one is never started again.
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
        typedSearchAttributes: [
          { key: SA_PURCHASE_STATUS, value: 'pending' },
          { key: SA_PURCHASE_PHASE, value: 'authorizing' },
          { key: SA_USER_ID, value: opts.user.id },
          { key: SA_RECEIPT_CODE, value: receiptCode },
          { key: SA_PRODUCT_ID, value: String(product.id) },
        ],
        staticSummary: `Purchase ${receiptCode}: ${product.name} (${product.gold.toLocaleString('en-US')} gold) for ${(product.price_cents / 100).toFixed(2)} ${product.currency}`,
        staticDetails: `User ${opts.user.id} · product ${product.id} · idempotency key ${opts.idempotencyKey}`,
      }),
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err;
    // Finished between our read and the start: the read model has it now.
    const row = await prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
    if (!row) throw err;
    if (row.requestHash !== requestHash) throw keyReused();
    return { purchase: toPurchaseView(row), replayed: true };
  }
  if (state.requestHash !== requestHash) throw keyReused();

  const row = await prisma.purchase.findUnique({ where: { receiptCode }, include: PURCHASE_VIEW_INCLUDE });
  const now = new Date().toISOString();
  const purchase: PurchaseView = row
    ? { ...toPurchaseView(row), status: state.status, failure_reason: state.failureReason }
    : {
        receipt_code: receiptCode,
        product_id: product.id,
        limited_package_code: null,
        promo_code: null,
        product_name: product.name,
        gold: product.gold,
        amount_cents: product.price_cents,
        currency: product.currency,
        status: state.status,
        failure_reason: state.failureReason,
        created_at: now,
        updated_at: now,
        completed_at: null,
      };
  return { purchase, replayed: false };
}
