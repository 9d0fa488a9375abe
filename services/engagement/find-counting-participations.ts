import type { PrismaClient } from '../../lib/db/client.ts';

/**
 * The participations that count rounds for these players: active, in an active event. One
 * query for a whole consumer batch.
 */
export async function findCountingParticipations(prisma: PrismaClient, userIds: string[]): Promise<{ workflowId: string; userId: string }[]> {
  if (userIds.length === 0) return [];
  return prisma.$queryRaw<{ workflowId: string; userId: string }[]>`
    SELECT p.workflow_id AS "workflowId", p.user_id::text AS "userId"
    FROM event_participations p JOIN engagement_events e ON e.code = p.event_code
    WHERE p.user_id = ANY(${userIds}::uuid[]) AND p.status = 'active' AND e.is_active`;
}
