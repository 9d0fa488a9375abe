import { defineQuery, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';

/** Input of the proof workflow: `pauseMs` holds it open so tests can kill the worker mid-run. */
export interface WiringCheckInput {
  checkId: string;
  note: string;
  pauseMs?: number;
}

export interface WiringCheckResult {
  checkId: string;
  workflowId: string;
  recordedAt: string;
  completedAt: string;
}

export type WiringCheckPhase = 'recording' | 'pausing' | 'completed';

/** The workflow's phase, for support and for tests that wait for a point in the run. */
export const wiringCheckPhaseQuery = defineQuery<WiringCheckPhase>('wiringCheckPhase');

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
