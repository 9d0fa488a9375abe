import { ApplicationFailure, condition, proxyActivities, setCurrentDetails, setHandler, upsertSearchAttributes, allHandlersFinished } from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { decideUpdate, progressQuery, type GrantBatchInput, type GrantBatchProgress } from './messages/grant-batch.ts';
import { SA_GRANT_BATCH_PROCESSED, SA_GRANT_BATCH_STATUS } from './messages/search-attributes.ts';

// Chunks heartbeat per player: a worker that dies mid-chunk is noticed within the heartbeat timeout.
const store = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/**
 * A bulk grant of gold. Above the approval threshold it first waits, durably, for a second
 * operator's decision (the maker may not decide; rejected or undecided by the deadline →
 * cancelled, nothing paid). Then it pays the players a chunk at a time: each chunk is one
 * database transaction that pays every pending player of the chunk through the ledger
 * ((admin_grant, <batch>:<player>) pays once) and records each player's result, so a worker
 * killed mid-way resumes where the last committed chunk ended.
 */
export async function grantBatchWorkflow(input: GrantBatchInput): Promise<GrantBatchProgress> {
  const state: GrantBatchProgress = {
    status: input.requiresApproval ? 'awaiting_approval' : 'running',
    total: input.playerCount,
    processed: 0,
    granted: 0,
    already_granted: 0,
    unknown: 0,
    banned: 0,
  };
  let decided = false;
  const publish = () => {
    upsertSearchAttributes([
      { key: SA_GRANT_BATCH_STATUS, value: state.status },
      { key: SA_GRANT_BATCH_PROCESSED, value: state.processed },
    ]);
    setCurrentDetails(`Grant batch **${input.batchId}**: ${input.amount} gold each, ${state.status}, ${state.processed}/${state.total} processed (${state.granted} granted)`);
  };
  setHandler(progressQuery, () => state);
  setHandler(
    decideUpdate,
    async (decision) => {
      if (decided) throw ApplicationFailure.create({ type: 'AlreadyDecided', message: 'This batch was already decided', nonRetryable: true });
      decided = true;
      const status = await store.recordGrantDecision({ batchId: input.batchId, ...decision });
      state.status = status;
      publish();
      return state;
    },
    {
      validator: (decision) => {
        if (state.status !== 'awaiting_approval') throw new Error(`This batch is ${state.status}, not awaiting approval`);
        if (decision.adminId === input.makerId) throw new Error('The maker of a batch cannot decide it');
      },
    },
  );
  publish();

  if (input.requiresApproval) {
    const inTime = await condition(() => decided, input.approvalTimeoutMs);
    if (!inTime) {
      decided = true; // from here on, a late decision is refused
      state.status = await store.cancelGrantBatch({ batchId: input.batchId });
      publish();
    }
    await condition(() => state.status !== 'awaiting_approval'); // a decision being recorded
    if (state.status === 'cancelled') {
      await condition(allHandlersFinished);
      return state;
    }
  }

  for (;;) {
    const chunk = await store.processGrantChunk({ batchId: input.batchId, amount: input.amount, limit: input.chunkSize });
    Object.assign(state, chunk.counts);
    publish();
    if (chunk.done) break;
  }
  state.status = await store.completeGrantBatch({ batchId: input.batchId });
  publish();
  await condition(allHandlersFinished);
  return state;
}
