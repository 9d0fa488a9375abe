// The event/mission participation process's contract: its input, state, signals, update,
// query and failure types. The API's services, the consumer, the activities and the workflow
// share these; none imports the workflow body.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Counters, ProgressItem, SettledRound } from '../../domain/engagement/progress.ts';
import type { Requirements, Rewards } from '../../domain/engagement/requirements.ts';

/** active → completed → claimed | expired (grace over); active → closed (window over or event deactivated). */
export type ParticipationStatus = 'active' | 'completed' | 'claimed' | 'expired' | 'closed';

/** What a claim paid (the same answer for every retry with the paying Idempotency-Key). */
export interface ClaimResult {
  workflowId: string;
  gold: number;
  vipPoints: number;
  ledgerEntryId: string;
  balance: number;
  claimedAt: string;
  idempotencyKey: string;
}

/** State carried from one run to the next by continue-as-new. */
export interface CarriedParticipation {
  counters: Counters;
  counted: string[];
  roundsCounted: number;
  status: ParticipationStatus;
  completedAt: string | null;
  deactivated: boolean;
}

/** Everything a participation needs, fixed when the player joins. */
export interface ParticipationInput {
  kind: 'event' | 'mission';
  eventCode: string;
  /** '' for events; the day or ISO week of a mission. */
  period: string;
  userId: string;
  requirements: Requirements;
  rewards: Rewards;
  /** Rounds played before this instant do not count (ISO). */
  joinedAt: string;
  /** The end of the event's window (or the mission period): progress stops, an incomplete participation closes. */
  endsAt: string;
  /** How long a completed, unclaimed participation stays claimable after `endsAt`. */
  graceMs: number;
  carried?: CarriedParticipation;
}

/** The participation as the workflow sees it (the `participation` query). */
export interface ParticipationState {
  workflowId: string;
  eventCode: string;
  userId: string;
  status: ParticipationStatus;
  progress: ProgressItem[];
  roundsCounted: number;
  completedAt: string | null;
  claim: ClaimResult | null;
}

/** A committed game round of this player, sent by the worker's Kafka consumer. */
export const roundSettledSignal = defineSignal<[SettledRound]>('roundSettled');
/** The operator deactivated the event: progress stops; a completed participation stays claimable. */
export const deactivateSignal = defineSignal('deactivate');
/** Pays the reward once (ledger `event_reward`/`mission_reward`, ref = workflow id); answers once paid. */
export const claimUpdate = defineUpdate<ClaimResult, [{ idempotencyKey: string }]>('claim');
export const participationQuery = defineQuery<ParticipationState>('participation');

/** Claim refusals, mapped by the API to 409s. */
export const PARTICIPATION_FAILURE = {
  /** The requirements are not met yet. */
  notCompleted: 'NotCompleted',
  /** The window (or the grace period) is over, or the event was deactivated before completion. */
  closed: 'EventClosed',
  /** Another claim (another Idempotency-Key) already took the reward. */
  alreadyClaimed: 'AlreadyClaimed',
} as const;

/** How many counted round ids a run keeps to refuse a redelivered round (the consumer's redelivery window is far shorter). */
export const COUNTED_WINDOW = 2_000;

/** The workflow's type, for starting it by name. */
export type EventParticipationWorkflow = (input: ParticipationInput) => Promise<ParticipationState>;
/** The workflow's registered name. */
export const EVENT_PARTICIPATION_WORKFLOW = 'eventParticipationWorkflow';
