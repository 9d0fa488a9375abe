// The wiring check's contract: input, result and phase query, shared with the API.
import { defineQuery } from '@temporalio/workflow';

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

/** The workflow's signature, for starting it by name (`wiringCheckWorkflow`) without importing its body. */
export type WiringCheckWorkflow = (input: WiringCheckInput) => Promise<WiringCheckResult>;
/** The registered workflow type name. */
export const WIRING_CHECK_WORKFLOW = 'wiringCheckWorkflow';
