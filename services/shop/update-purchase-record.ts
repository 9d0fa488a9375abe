import type { PrismaClient } from '../../lib/db/client.ts';
import type { PurchasePhase, PurchaseStatus } from '../../workflows/messages/purchase.ts';
import { decidePurchaseRow, readPurchaseRowView, updatePurchasePhase, type PurchaseRowView } from './purchase-read-model.ts';

/** A step of the purchase workflow, as the read model records it. */
export interface PurchaseRecordUpdate {
  receiptCode: string;
  phase?: PurchasePhase;
  status?: Exclude<PurchaseStatus, 'refunded'>;
  failureReason?: string | null;
  providerPaymentId?: string;
}

/**
 * Moves the read model along, one statement each: a phase alone is an UPDATE; a decision is the
 * UPDATE and its outbox fact in one statement. Answers the row's view and, when the status
 * changed, the new status and when the purchase started. A missing row throws (retried).
 */
export async function updatePurchaseRecord(
  prisma: PrismaClient,
  update: PurchaseRecordUpdate,
): Promise<{ row: PurchaseRowView; changed: { status: string; startedAt: Date } | null }> {
  if (update.status === 'success' || update.status === 'failed') {
    const decided = await decidePurchaseRow(prisma, {
      receiptCode: update.receiptCode,
      status: update.status,
      phase: update.phase ?? (update.status === 'success' ? 'completed' : 'failed'),
      failureReason: update.failureReason ?? null,
      providerPaymentId: update.providerPaymentId ?? null,
    });
    if (decided) return { row: decided, changed: { status: update.status, startedAt: decided.createdAt } };
  } else if (update.phase) {
    const moved = await updatePurchasePhase(prisma, { receiptCode: update.receiptCode, phase: update.phase, providerPaymentId: update.providerPaymentId ?? null });
    if (moved) return { row: moved, changed: null };
  }
  // Nothing changed: a retry of a decision that already landed (or no row, which must not be).
  const row = await readPurchaseRowView(prisma, update.receiptCode);
  if (!row) throw new Error(`purchase ${update.receiptCode} has no read-model row`);
  return { row, changed: null };
}
