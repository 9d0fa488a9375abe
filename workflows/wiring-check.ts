import { proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { wiringCheckPhaseQuery, type WiringCheckInput, type WiringCheckPhase, type WiringCheckResult } from './messages/wiring-check.ts';


const { recordWiringCheck } = proxyActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '5 seconds', maximumAttempts: 20 },
});

/**
 * Proof that every part is wired: Temporal runs this, its activity writes a row and an
 * outbox fact with Prisma in one transaction, and the relay publishes the fact to Kafka.
 */
export async function wiringCheckWorkflow(input: WiringCheckInput): Promise<WiringCheckResult> {
  let phase: WiringCheckPhase = 'recording';
  setHandler(wiringCheckPhaseQuery, () => phase);
  const { workflowId } = workflowInfo();
  const recorded = await recordWiringCheck({ checkId: input.checkId, note: input.note, workflowId });
  if (input.pauseMs && input.pauseMs > 0) {
    phase = 'pausing';
    await sleep(input.pauseMs);
  }
  phase = 'completed';
  return { checkId: recorded.checkId, workflowId, recordedAt: recorded.recordedAt, completedAt: new Date().toISOString() };
}
