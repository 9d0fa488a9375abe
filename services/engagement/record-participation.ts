import type { ProgressItem } from '../../domain/engagement/progress.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import type { Logger } from '../../lib/logger.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';

/** What EventParticipationWorkflow reports after a batch of rounds or a change of status. */
export interface RecordParticipationInput {
  workflowId: string;
  kind: 'event' | 'mission';
  eventCode: string;
  userId: string;
  status: 'active' | 'completed' | 'claimed' | 'expired' | 'closed';
  progress: ProgressItem[];
  roundsCounted: number;
  completedAt: string | null;
  notify: 'progress' | 'completed' | 'closed' | 'expired';
}

/**
 * Writes a participation's progress and status to its read model (one UPDATE, never moving a
 * claimed row back), then tells the player: `event_progress` always, `reward_claimable` on
 * completion. Idempotent: a retried write writes the same values.
 */
export async function recordParticipation(deps: { prisma: PrismaClient; redis: Redis; log?: Logger }, input: RecordParticipationInput): Promise<void> {
  await deps.prisma.$executeRaw`
    UPDATE event_participations
    SET status = ${input.status}, progress = ${JSON.stringify(input.progress)}::jsonb, rounds_counted = ${input.roundsCounted},
        completed_at = ${input.completedAt ? new Date(input.completedAt) : null}, updated_at = now()
    WHERE workflow_id = ${input.workflowId} AND status <> 'claimed'`;
  const data = { kind: input.kind, code: input.eventCode, workflow_id: input.workflowId, status: input.status, progress: input.progress, rounds_counted: input.roundsCounted };
  try {
    await publishToUser(deps.redis, input.userId, 'event_progress', data);
    if (input.notify === 'completed') await publishToUser(deps.redis, input.userId, 'reward_claimable', data);
  } catch (err) {
    // Realtime is best effort: the page's polling shows the read model written above.
    deps.log?.warn({ err: (err as Error).message, workflowId: input.workflowId }, 'event_progress not published');
  }
}
