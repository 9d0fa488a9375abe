import type { PrismaClient } from '../lib/db/client.ts';
import { recordWiringCheck, type RecordWiringCheckInput, type RecordWiringCheckResult } from '../services/wiring/record-wiring-check.ts';

export type { RecordWiringCheckInput, RecordWiringCheckResult };

/** Activities of the wiring-check workflow, over injected dependencies. */
export function createWiringActivities(deps: { prisma: PrismaClient }) {
  return {
    /** Writes the check row and its outbox fact in one transaction; a retry changes nothing. */
    async recordWiringCheck(input: RecordWiringCheckInput): Promise<RecordWiringCheckResult> {
      return recordWiringCheck(deps.prisma, input);
    },
  };
}
