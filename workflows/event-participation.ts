import {
  ApplicationFailure,
  allHandlersFinished,
  condition,
  continueAsNew,
  proxyActivities,
  proxyLocalActivities,
  setCurrentDetails,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.ts';
import { countRound, emptyCounters, isComplete, progressOf, type SettledRound } from '../domain/engagement/progress.ts';
import {
  claimUpdate,
  COUNTED_WINDOW,
  deactivateSignal,
  PARTICIPATION_FAILURE,
  participationQuery,
  roundSettledSignal,
  type ParticipationInput,
  type ParticipationState,
  type ParticipationStatus,
} from './messages/event-participation.ts';
import { SA_PARTICIPATION_STATUS } from './messages/search-attributes.ts';

// The read model and its realtime push: a local activity (no task-queue round trip), since it
// is on the path from a committed round to the progress the player sees.
const readModel = proxyLocalActivities<Activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

// The payment: a regular activity, retried until it lands (idempotent by the ledger's (reason, ref)).
const store = proxyActivities<Activities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '200 milliseconds', backoffCoefficient: 2, maximumInterval: '10 seconds' },
});

/**
 * One player's participation in one event (`event:<code>:<user>`) or mission period
 * (`mission:<code>:<period>:<user>`):
 * 1. count each committed round the consumer signals (once per round id, only rounds played
 *    inside [joinedAt, endsAt)), writing the progress to the read model after each batch;
 * 2. complete when every requirement is met; the player's claim then pays exactly once
 *    through the ledger (ref = this workflow id), and the workflow ends;
 * 3. the window's end closes an incomplete participation; a completed one stays claimable for
 *    `graceMs` more, then expires. Deactivation closes an incomplete one at once.
 */
export async function eventParticipationWorkflow(input: ParticipationInput): Promise<ParticipationState> {
  const { workflowId } = workflowInfo();
  const carried = input.carried;
  const counters = carried?.counters ?? emptyCounters();
  const counted: string[] = carried?.counted ?? [];
  const countedSet = new Set(counted);
  const queue: SettledRound[] = [];
  let deactivated = carried?.deactivated ?? false;
  let pendingClaim = null as { idempotencyKey: string } | null;
  const state: ParticipationState = {
    workflowId,
    eventCode: input.eventCode,
    userId: input.userId,
    status: carried?.status ?? 'active',
    progress: progressOf(counters, input.requirements),
    roundsCounted: carried?.roundsCounted ?? 0,
    completedAt: carried?.completedAt ?? null,
    claim: null,
  };
  const endsAtMs = Date.parse(input.endsAt);
  const joinedAtMs = Date.parse(input.joinedAt);

  const describe = () =>
    setCurrentDetails(
      `**${input.kind} ${input.eventCode}**${input.period ? ` (${input.period})` : ''} for user ${input.userId} · ${state.status} · ` +
        state.progress.map((p) => `${p.key} ${p.current}/${p.target}`).join(', ') +
        ` · ends ${input.endsAt}`,
    );

  setHandler(participationQuery, () => state);
  setHandler(roundSettledSignal, (round) => {
    queue.push(round);
  });
  setHandler(deactivateSignal, () => {
    deactivated = true;
  });
  setHandler(
    claimUpdate,
    async (request) => {
      if (!pendingClaim) pendingClaim = request;
      else if (pendingClaim.idempotencyKey !== request.idempotencyKey) throw refuse(PARTICIPATION_FAILURE.alreadyClaimed, 'This reward was already claimed');
      await condition(() => state.claim !== null);
      return state.claim!;
    },
    {
      validator: (request) => {
        const claiming = state.claim?.idempotencyKey ?? pendingClaim?.idempotencyKey;
        if (claiming !== undefined) {
          if (claiming !== request.idempotencyKey) throw refuse(PARTICIPATION_FAILURE.alreadyClaimed, 'This reward was already claimed');
          return; // a retry of the paying claim
        }
        if (state.status === 'completed') return;
        if (state.status === 'active' && !deactivated && Date.now() < endsAtMs) throw refuse(PARTICIPATION_FAILURE.notCompleted, 'The requirements are not met yet');
        throw refuse(PARTICIPATION_FAILURE.closed, `The ${input.kind} is over`);
      },
    },
  );

  const setStatus = (status: ParticipationStatus) => {
    state.status = status;
    upsertSearchAttributes([{ key: SA_PARTICIPATION_STATUS, value: status }]);
  };

  const record = (notify: 'progress' | 'completed' | 'closed' | 'expired') =>
    readModel.recordParticipation({
      workflowId,
      kind: input.kind,
      eventCode: input.eventCode,
      userId: input.userId,
      status: state.status,
      progress: state.progress,
      roundsCounted: state.roundsCounted,
      completedAt: state.completedAt,
      notify,
    });

  /** Counts the queued rounds; true when anything moved. */
  const drain = (): boolean => {
    let moved = false;
    for (const round of queue.splice(0)) {
      if (state.status !== 'active' || deactivated) continue;
      if (countedSet.has(round.roundId)) continue;
      const playedAtMs = Date.parse(round.playedAt);
      if (!(playedAtMs >= joinedAtMs && playedAtMs < endsAtMs)) continue;
      countedSet.add(round.roundId);
      counted.push(round.roundId);
      if (counted.length > COUNTED_WINDOW) countedSet.delete(counted.shift()!);
      countRound(counters, round);
      state.roundsCounted += 1;
      moved = true;
    }
    if (moved) state.progress = progressOf(counters, input.requirements);
    return moved;
  };

  describe();
  for (;;) {
    const deadline = state.status === 'completed' ? endsAtMs + input.graceMs : endsAtMs;
    const remaining = deadline - Date.now();
    const woke =
      remaining > 0 &&
      (await condition(() => queue.length > 0 || (pendingClaim !== null && state.claim === null) || (deactivated && state.status === 'active'), remaining));

    if (pendingClaim && state.claim === null && state.status === 'completed') {
      const paid = await store.payParticipationReward({
        workflowId,
        kind: input.kind,
        eventCode: input.eventCode,
        userId: input.userId,
        gold: input.rewards.gold,
        vipPoints: input.rewards.vip_points,
      });
      setStatus('claimed');
      state.claim = { workflowId, gold: input.rewards.gold, vipPoints: input.rewards.vip_points, ledgerEntryId: paid.ledgerEntryId, balance: paid.balance, claimedAt: paid.claimedAt, idempotencyKey: pendingClaim.idempotencyKey };
      describe();
      break;
    }
    if (drain()) {
      if (isComplete(state.progress)) {
        setStatus('completed');
        state.completedAt = new Date(Date.now()).toISOString();
        await record('completed');
      } else {
        await record('progress');
      }
      describe();
      continue;
    }
    if (deactivated && state.status === 'active') {
      setStatus('closed');
      await record('closed');
      describe();
      break;
    }
    if (!woke && Date.now() >= deadline) {
      const ended = state.status === 'completed' ? 'expired' : 'closed';
      setStatus(ended);
      await record(ended);
      describe();
      break;
    }
    if (workflowInfo().continueAsNewSuggested && pendingClaim === null && queue.length === 0) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof eventParticipationWorkflow>({
        ...input,
        carried: { counters, counted, roundsCounted: state.roundsCounted, status: state.status, completedAt: state.completedAt, deactivated },
      });
    }
  }
  await condition(allHandlersFinished);
  return state;
}

function refuse(type: string, message: string): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: true });
}
