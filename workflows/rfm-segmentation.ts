import { continueAsNew, proxyActivities, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { rfmProgressQuery, type RfmRunInput, type RfmRunState, type RfmRunSummary } from './messages/rfm-segmentation.ts';

/** Batches per execution before continuing as new (the history stays a few hundred events). */
export const BATCHES_PER_EXECUTION = 20;

const FIRST_CURSOR = '00000000-0000-0000-0000-000000000000';

const batches = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  // A killed worker's batch is retried elsewhere within this, resuming from its last heartbeat.
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '15 seconds', backoffCoefficient: 2 },
});
const bookkeeping = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds' },
});

/**
 * Nightly RFM segmentation over every player, in keyset batches (one activity each): first
 * measure everyone at `asOf`, then compute the run's cut points, then score everyone and
 * update their segment (with a `segment.changed` fact when it changes). Continues as new every
 * BATCHES_PER_EXECUTION batches; every step is idempotent, so a retried batch or a resumed
 * execution gives the same result as an uninterrupted run.
 */
export async function rfmSegmentationWorkflow(input: RfmRunInput = {}): Promise<RfmRunSummary> {
  let state: RfmRunState | null = input.state ?? null;
  setHandler(rfmProgressQuery, () => state);
  if (!state) {
    const runId = workflowInfo().workflowId;
    const asOf = input.asOf ?? new Date().toISOString();
    await batches.beginRfmRun({ runId, asOf, trigger: input.trigger ?? 'manual' });
    state = { runId, asOf, phase: 'measuring', cursor: FIRST_CURSOR, measured: 0, scored: 0, changed: 0, cuts: null };
  }
  const s = state;
  for (let done = 0; ; done++) {
    if (done >= BATCHES_PER_EXECUTION || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof rfmSegmentationWorkflow>({ ...input, state: s });
    }
    if (s.phase === 'measuring') {
      const r = await batches.measureRfmBatch({ runId: s.runId, asOf: s.asOf, after: s.cursor });
      s.measured += r.count;
      s.cursor = r.lastUserId ?? s.cursor;
      if (r.done) {
        s.cuts = await batches.computeRfmCutPoints({ runId: s.runId });
        s.phase = 'scoring';
        s.cursor = FIRST_CURSOR;
      }
    } else {
      const r = await batches.scoreRfmBatch({ runId: s.runId, asOf: s.asOf, after: s.cursor, cuts: s.cuts! });
      s.scored += r.count;
      s.changed += r.changed;
      s.cursor = r.lastUserId ?? s.cursor;
      if (r.done) break;
    }
    await bookkeeping.recordRfmProgress({ runId: s.runId, phase: s.phase, measured: s.measured, scored: s.scored, changed: s.changed });
  }
  await bookkeeping.recordRfmProgress({ runId: s.runId, phase: s.phase, measured: s.measured, scored: s.scored, changed: s.changed });
  const sizes = await batches.finishRfmRun({ runId: s.runId });
  return { runId: s.runId, asOf: s.asOf, measured: s.measured, scored: s.scored, changed: s.changed, sizes };
}
