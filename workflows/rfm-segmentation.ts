import { continueAsNew, proxyActivities, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { rfmProgressQuery, type RfmRunInput, type RfmRunState, type RfmRunSummary } from './messages/rfm-segmentation.ts';

/** Batches per execution before continuing as new (the history stays a few hundred events). */
export const BATCHES_PER_EXECUTION = 20;

const FIRST_CURSOR = '00000000-0000-0000-0000-000000000000';

const batches = proxyActivities<Activities>({
  startToCloseTimeout: '30 minutes',
  // A killed worker's statement stops heartbeating; the batch is retried elsewhere within this.
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '15 seconds', backoffCoefficient: 2 },
});
const bookkeeping = proxyLocalActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '500 milliseconds', maximumInterval: '10 seconds' },
});

/**
 * Nightly RFM segmentation over every player: the run's thresholds (cut points) once, in one
 * activity, then keyset batches of players, each measured, scored and written where new or
 * changed (with a `segment.changed` fact per changed segment) by one statement in one activity; adjacent
 * batches run side by side (RFM_PARALLEL_BATCHES). Continues as new every
 * BATCHES_PER_EXECUTION batches, carrying the cursor; every step is idempotent, so a retried
 * batch or a resumed execution gives the same result as an uninterrupted run.
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
  if (s.phase === 'measuring') {
    const { cuts, players } = await batches.computeRfmThresholds({ runId: s.runId, asOf: s.asOf });
    s.cuts = cuts;
    s.measured = players;
    s.phase = 'scoring';
  }
  for (let done = 0; ; ) {
    if (done >= BATCHES_PER_EXECUTION || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof rfmSegmentationWorkflow>({ ...input, state: s });
    }
    const next = await bookkeeping.nextRfmRanges({ runId: s.runId, after: s.cursor, scored: s.scored, changed: s.changed });
    const results = await Promise.all(next.ranges.map((r) => batches.scoreRfmRange({ runId: s.runId, asOf: s.asOf, ...r, cuts: s.cuts! })));
    for (const r of results) {
      s.scored += r.count;
      s.changed += r.changed;
    }
    done += next.ranges.length;
    if (next.done) break;
    s.cursor = next.ranges[next.ranges.length - 1]!.upTo;
  }
  const sizes = await batches.finishRfmRun({ runId: s.runId, scored: s.scored, changed: s.changed });
  return { runId: s.runId, asOf: s.asOf, measured: s.measured, scored: s.scored, changed: s.changed, sizes };
}
