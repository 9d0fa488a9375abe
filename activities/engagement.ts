import { payParticipationReward, type PaidReward, type PayParticipationRewardInput } from '../services/engagement/pay-participation-reward.ts';
import { recordParticipation, type RecordParticipationInput } from '../services/engagement/record-participation.ts';
import type { ActivityDeps } from './index.ts';

/** Activities of EventParticipationWorkflow: its read model and its one payment. Both idempotent. */
export function createEngagementActivities(deps: Pick<ActivityDeps, 'prisma' | 'redis' | 'log'>) {
  return {
    /** Writes progress and status to the read model and pushes `event_progress` (and `reward_claimable`). */
    async recordParticipation(input: RecordParticipationInput): Promise<void> {
      await recordParticipation(deps, input);
    },

    /** Pays the reward once (ledger ref = workflow id) and marks the participation claimed. */
    async payParticipationReward(input: PayParticipationRewardInput): Promise<PaidReward> {
      return payParticipationReward(deps, input);
    },
  };
}
