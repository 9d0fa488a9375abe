import { z } from 'zod';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { holdWorkflowId } from '../../workflows/messages/workflow-ids.ts';
import { ZLimitedCode } from './rules.ts';
import { toHoldView, type HoldView } from './views.ts';

/** Query of `GET /api/admin/limited/holds`. */
export const ZOpenHoldsQuery = z.object({
  package_code: ZLimitedCode.optional(),
  user_id: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export interface AdminHoldView extends HoldView {
  user_id: string;
  workflow_id: string;
  temporal_ui_url: string;
}

/** Open holds (held or being checked out), oldest first, with the Temporal UI link of each. */
export async function listOpenHolds(prisma: PrismaClient, config: Config, query: z.infer<typeof ZOpenHoldsQuery>): Promise<AdminHoldView[]> {
  const rows = await prisma.limitedHold.findMany({
    where: {
      status: { in: ['held', 'checking_out'] },
      ...(query.package_code ? { packageCode: query.package_code } : {}),
      ...(query.user_id ? { userId: query.user_id } : {}),
    },
    orderBy: { createdAt: 'asc' },
    take: query.limit,
  });
  return rows.map((h) => ({
    ...toHoldView(h),
    user_id: h.userId,
    workflow_id: h.workflowId,
    temporal_ui_url: `${config.TEMPORAL_UI_URL}/namespaces/${encodeURIComponent(config.TEMPORAL_NAMESPACE)}/workflows/${encodeURIComponent(holdWorkflowId(h.id))}`,
  }));
}
