// The nightly RFM run's contract: input, state carried across continue-as-new, result and the
// progress query, shared with the schedule, the API, the benchmark and tests.
import { defineQuery } from '@temporalio/workflow';
import type { RfmCutPoints, Segment } from '../../domain/segments.ts';

/** Where a run is; carried across continue-as-new, so a new execution resumes at the cursor. */
export interface RfmRunState {
  /** The first execution's workflow id: the segment_runs row. */
  runId: string;
  /** The instant measured at (ISO), fixed at the start of the run. */
  asOf: string;
  /** measuring: the thresholds are not computed yet; scoring: batches of players. */
  phase: 'measuring' | 'scoring';
  /** Keyset cursor: every player up to this id is scored. */
  cursor: string;
  /** Players the run scores (counted with the thresholds). */
  measured: number;
  scored: number;
  changed: number;
  cuts: RfmCutPoints | null;
}

/** Input of a run: what started it, optionally the instant to measure at; `state` only on continue-as-new. */
export interface RfmRunInput {
  trigger?: 'schedule' | 'manual';
  asOf?: string;
  state?: RfmRunState;
}

/** What a finished run reports. */
export interface RfmRunSummary {
  runId: string;
  asOf: string;
  measured: number;
  scored: number;
  changed: number;
  sizes: Record<Segment, number>;
}

/** The run's progress, for support in the Temporal UI and for tests. */
export const rfmProgressQuery = defineQuery<RfmRunState | null>('rfmProgress');

/** The registered workflow type name. */
export const RFM_SEGMENTATION_WORKFLOW = 'rfmSegmentationWorkflow';
