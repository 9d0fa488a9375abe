import type { Client } from '@temporalio/client';
import { z } from 'zod';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { SA_PURCHASE_PHASE } from '../../workflows/messages/search-attributes.ts';
import { purchaseWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { PURCHASE_VIEW_INCLUDE, toPurchaseView, type PurchaseView } from './purchase-view.ts';

/** `5m`, `90s`, `2h`, `1d` → milliseconds. */
export const ZDuration = z
  .string()
  .regex(/^\d{1,6}(s|m|h|d)$/, 'must be a duration like 90s, 5m, 2h or 1d')
  .transform((v) => Number(v.slice(0, -1)) * { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[v.slice(-1) as 's' | 'm' | 'h' | 'd']);

/** Query of `GET /api/admin/purchases`. */
export const ZStuckPurchasesQuery = z.object({
  status: z.enum(['pending', 'success', 'failed', 'refunded']).optional(),
  olderThan: ZDuration.optional(),
  receipt: z.string().max(40).regex(/^[A-Za-z0-9-]*$/, 'must be letters, digits or -').optional(),
  user_id: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export interface AdminPurchaseView extends PurchaseView {
  user_id: string;
  nickname: string;
  provider_payment_id: string | null;
  phase: string;
  temporal_ui_url: string;
}

/**
 * The current phase of pending purchases, from their workflows' `PurchasePhase` search attribute
 * (one visibility query, no worker needed): the read model records only the start, a payment
 * waiting for the provider and the decision, so a purchase stuck while capturing or granting
 * shows that phase here. Temporal unreachable: the read model's phases are shown instead.
 */
async function livePhases(temporal: Client, receipts: string[]): Promise<Map<string, string>> {
  const phases = new Map<string, string>();
  if (receipts.length === 0) return phases;
  const ids = receipts.map((r) => `'${purchaseWorkflowId(r).replaceAll("'", '')}'`).join(', ');
  try {
    for await (const wf of temporal.workflow.list({ query: `WorkflowId IN (${ids})` })) {
      const phase = wf.typedSearchAttributes.get(SA_PURCHASE_PHASE);
      if (phase) phases.set(wf.workflowId.replace(/^purchase:/, ''), phase);
    }
  } catch {
    // Handled: the page still lists every purchase, with the phase the read model last recorded.
  }
  return phases;
}

/** Purchases for support: by status and age (stuck ones), by receipt or by player; oldest first. */
export async function findPurchasesForSupport(
  prisma: PrismaClient,
  config: Config,
  query: z.infer<typeof ZStuckPurchasesQuery>,
  temporal?: Client,
): Promise<AdminPurchaseView[]> {
  const rows = await prisma.purchase.findMany({
    where: {
      ...(query.status ? { status: query.status } : {}),
      ...(query.olderThan !== undefined ? { createdAt: { lte: new Date(Date.now() - query.olderThan) } } : {}),
      ...(query.receipt ? { receiptCode: query.receipt } : {}),
      ...(query.user_id ? { userId: query.user_id } : {}),
    },
    include: { ...PURCHASE_VIEW_INCLUDE, user: { select: { nickname: true } } },
    orderBy: { createdAt: 'asc' },
    take: query.limit,
  });
  const live = temporal ? await livePhases(temporal, rows.filter((r) => r.status === 'pending').map((r) => r.receiptCode)) : new Map<string, string>();
  return rows.map((r) => ({
    ...toPurchaseView(r),
    user_id: r.userId,
    nickname: r.user.nickname,
    provider_payment_id: r.providerPaymentId,
    phase: (r.status === 'pending' ? live.get(r.receiptCode) : undefined) ?? r.phase,
    temporal_ui_url: `${config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(purchaseWorkflowId(r.receiptCode))}`,
  }));
}
