import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../lib/db/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import type { PurchaseView } from './purchase-view.ts';

/**
 * The purchases read model, written by PurchaseWorkflow's activities. Every write here is ONE
 * statement (no interactive transaction): the row and, when the status changes, its outbox
 * fact commit together because they are one statement; the statement also answers the row as
 * its owner sees it, so the live update needs no second read.
 */

/** A purchase row as the statements below return it: the owner's view plus what callers need. */
export interface PurchaseRowView {
  view: PurchaseView;
  userId: string;
  createdAt: Date;
}

interface RawView {
  receipt_code: string;
  user_id: string;
  product_id: number | null;
  limited_package_code: string | null;
  promo_code: string | null;
  product_name: string;
  gold: number;
  amount_cents: number;
  currency: string;
  status: PurchaseView['status'];
  failure_reason: string | null;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

/** The columns of the owner's view, selected from a CTE named `c`. */
const VIEW_COLUMNS = Prisma.raw(`
  c.receipt_code, c.user_id::text AS user_id, c.product_id, c.limited_package_code, c.promo_code,
  coalesce(pr.name, lp.name, c.limited_package_code, '') AS product_name,
  c.gold, c.amount_cents, c.currency, c.status::text AS status, c.failure_reason,
  c.created_at, c.updated_at, c.completed_at
  FROM c LEFT JOIN products pr ON pr.id = c.product_id LEFT JOIN limited_packages lp ON lp.code = c.limited_package_code`);

const toRowView = (r: RawView): PurchaseRowView => ({
  userId: r.user_id,
  createdAt: r.created_at,
  view: {
    receipt_code: r.receipt_code,
    product_id: r.product_id,
    limited_package_code: r.limited_package_code,
    promo_code: r.promo_code,
    product_name: r.product_name,
    gold: r.gold,
    amount_cents: r.amount_cents,
    currency: r.currency,
    status: r.status,
    failure_reason: r.failure_reason,
    created_at: r.created_at.toISOString(),
    updated_at: r.updated_at.toISOString(),
    completed_at: r.completed_at?.toISOString() ?? null,
  },
});

/** Reads a purchase's current view (after a write that changed nothing, e.g. a retry). */
export async function readPurchaseRowView(prisma: PrismaClient, receiptCode: string): Promise<PurchaseRowView | null> {
  const rows = await prisma.$queryRaw<RawView[]>`WITH c AS (SELECT * FROM purchases WHERE receipt_code = ${receiptCode}) SELECT ${VIEW_COLUMNS}`;
  return rows[0] ? toRowView(rows[0]) : null;
}

/** What a purchase row is created with (the workflow's input). */
export interface NewPurchaseRow {
  receiptCode: string;
  userId: string;
  productId: number | null;
  limitedPackageCode: string | null;
  promoCode: string | null;
  idempotencyKey: string;
  requestHash: string;
  gold: number;
  amountCents: number;
  currency: string;
  workflowId: string;
}

/**
 * Creates the row (`pending`, phase `authorizing`) in one INSERT ... ON CONFLICT DO NOTHING.
 * Answers the new row's view, or null when it already existed (a retry: nothing changed).
 */
export async function insertPurchaseRow(prisma: PrismaClient, p: NewPurchaseRow): Promise<PurchaseRowView | null> {
  const rows = await prisma.$queryRaw<RawView[]>`
    WITH c AS (
      INSERT INTO purchases (receipt_code, user_id, product_id, limited_package_code, promo_code, idempotency_key, request_hash, gold, amount_cents, currency, workflow_id)
      VALUES (${p.receiptCode}, ${p.userId}::uuid, ${p.productId}::int, ${p.limitedPackageCode}, ${p.promoCode}, ${p.idempotencyKey}, ${p.requestHash}, ${p.gold}, ${p.amountCents}, ${p.currency}, ${p.workflowId})
      ON CONFLICT DO NOTHING
      RETURNING *
    ) SELECT ${VIEW_COLUMNS}`;
  return rows[0] ? toRowView(rows[0]) : null;
}

/** Moves the row's phase (and records the provider's payment id) without deciding it: one UPDATE. */
export async function updatePurchasePhase(
  prisma: PrismaClient,
  u: { receiptCode: string; phase: string; providerPaymentId?: string | null },
): Promise<PurchaseRowView | null> {
  const rows = await prisma.$queryRaw<RawView[]>`
    WITH c AS (
      UPDATE purchases SET phase = ${u.phase}, provider_payment_id = coalesce(${u.providerPaymentId ?? null}, provider_payment_id), updated_at = now()
      WHERE receipt_code = ${u.receiptCode}
      RETURNING *
    ) SELECT ${VIEW_COLUMNS}`;
  return rows[0] ? toRowView(rows[0]) : null;
}

/**
 * Decides a pending purchase (`success` / `failed`) and writes its `purchase.<status>` fact into
 * the outbox, in one statement. Answers the decided row's view, or null when the row already had
 * that status (a retry: nothing changed, no second fact).
 */
export async function decidePurchaseRow(
  prisma: PrismaClient,
  d: { receiptCode: string; status: 'success' | 'failed'; phase: string; failureReason: string | null; providerPaymentId?: string | null },
): Promise<PurchaseRowView | null> {
  const rows = await prisma.$queryRaw<RawView[]>`
    WITH c AS (
      UPDATE purchases
      SET status = ${d.status}::purchase_status, phase = ${d.phase}, failure_reason = ${d.failureReason},
          provider_payment_id = coalesce(${d.providerPaymentId ?? null}, provider_payment_id), completed_at = now(), updated_at = now()
      WHERE receipt_code = ${d.receiptCode} AND status <> ${d.status}::purchase_status
      RETURNING *
    ), fact AS (
      INSERT INTO outbox_events (event_id, topic, key, type, payload)
      SELECT ${randomUUID()}::uuid, ${TOPICS.purchases}, c.user_id::text, ${`purchase.${d.status}`},
             jsonb_build_object('receiptCode', c.receipt_code, 'userId', c.user_id::text, 'productId', c.product_id,
                                'amountCents', c.amount_cents, 'gold', c.gold, 'failureReason', c.failure_reason)
             || CASE WHEN c.limited_package_code IS NULL THEN '{}'::jsonb
                     ELSE jsonb_build_object('limitedPackageCode', c.limited_package_code, 'promoCode', c.promo_code) END
      FROM c
    ) SELECT ${VIEW_COLUMNS}`;
  return rows[0] ? toRowView(rows[0]) : null;
}

/**
 * Marks a successful purchase refunded and writes its `purchase.refunded` fact, in one
 * statement. Answers the row's view, or null when it was already refunded.
 */
export async function markPurchaseRowRefunded(prisma: PrismaClient, receiptCode: string): Promise<PurchaseRowView | null> {
  const rows = await prisma.$queryRaw<RawView[]>`
    WITH c AS (
      UPDATE purchases SET status = 'refunded', phase = 'refunded', updated_at = now()
      WHERE receipt_code = ${receiptCode} AND status <> 'refunded'
      RETURNING *
    ), fact AS (
      INSERT INTO outbox_events (event_id, topic, key, type, payload)
      SELECT ${randomUUID()}::uuid, ${TOPICS.purchases}, c.user_id::text, 'purchase.refunded',
             jsonb_build_object('receiptCode', c.receipt_code, 'userId', c.user_id::text, 'amountCents', c.amount_cents, 'gold', c.gold)
      FROM c
    ) SELECT ${VIEW_COLUMNS}`;
  return rows[0] ? toRowView(rows[0]) : null;
}
