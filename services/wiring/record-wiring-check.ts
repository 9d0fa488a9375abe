import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';

/** What the wiring-check activity records. */
export interface RecordWiringCheckInput {
  checkId: string;
  note: string;
  workflowId: string;
}

export interface RecordWiringCheckResult {
  checkId: string;
  recordedAt: string;
  /** False when a retry found the row already written: the activity is idempotent. */
  created: boolean;
}

/** Writes the check row and its outbox fact in one transaction; a retry changes nothing. */
export async function recordWiringCheck(prisma: PrismaClient, input: RecordWiringCheckInput): Promise<RecordWiringCheckResult> {
  return prisma.$transaction(async (tx) => {
    const existing = await tx.wiringCheck.findUnique({ where: { id: input.checkId } });
    if (existing) return { checkId: existing.id, recordedAt: existing.createdAt.toISOString(), created: false };
    const row = await tx.wiringCheck.create({
      data: { id: input.checkId, note: input.note, workflowId: input.workflowId },
    });
    await writeOutbox(tx, {
      topic: TOPICS.wiring,
      type: 'wiring_check.recorded',
      key: row.id,
      payload: { checkId: row.id, note: row.note, workflowId: row.workflowId },
    });
    return { checkId: row.id, recordedAt: row.createdAt.toISOString(), created: true };
  });
}
