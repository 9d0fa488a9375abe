import type { PrismaClient } from '../../lib/db/client.ts';
import type { Logger } from '../../lib/logger.ts';
import { publishToUser } from '../../lib/realtime.ts';
import type { Redis } from '../../lib/redis.ts';
import { announceBalance } from '../games/announce-balance.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';

/** The reward of one completed participation. */
export interface PayParticipationRewardInput {
  workflowId: string;
  kind: 'event' | 'mission';
  eventCode: string;
  userId: string;
  gold: number;
  vipPoints: number;
}

/** What the claim paid. */
export interface PaidReward {
  ledgerEntryId: string;
  balance: number;
  claimedAt: string;
}

/**
 * Pays a completed participation in one transaction: the ledger entry (reason `event_reward`
 * or `mission_reward`, ref = the workflow id, so a retried activity finds it and pays
 * nothing more), the VIP points (only when the entry is new), and the read model's `claimed`.
 * Then `reward_granted` and `profile_update` to the player.
 */
export async function payParticipationReward(deps: { prisma: PrismaClient; redis: Redis; log?: Logger }, input: PayParticipationRewardInput): Promise<PaidReward> {
  const reason = input.kind === 'event' ? 'event_reward' : 'mission_reward';
  const paid = await deps.prisma.$transaction(
    async (tx) => {
      let ledgerEntryId = '';
      let balance: number;
      if (input.gold > 0) {
        const r = await applyLedgerEntry(tx, { userId: input.userId, delta: input.gold, reason, ref: input.workflowId, meta: { event_code: input.eventCode } });
        ledgerEntryId = r.entry.id;
        balance = r.balance;
      } else {
        balance = (await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { goldBalance: true } })).goldBalance;
      }
      // Only the first claim moves the row to `claimed`; it alone adds the VIP points.
      const first = await tx.$queryRaw<{ claimed_at: Date }[]>`
        UPDATE event_participations SET status = 'claimed', claimed_at = now(), updated_at = now()
        WHERE workflow_id = ${input.workflowId} AND status <> 'claimed'
        RETURNING claimed_at`;
      if (first[0] && input.vipPoints > 0) {
        await tx.$executeRaw`UPDATE users SET vip_points = vip_points + ${input.vipPoints} WHERE id = ${input.userId}::uuid`;
      }
      const claimedAt = first[0]?.claimed_at ?? (await tx.eventParticipation.findUniqueOrThrow({ where: { workflowId: input.workflowId } })).claimedAt ?? new Date();
      return { ledgerEntryId, balance, claimedAt: claimedAt.toISOString() };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  try {
    await publishToUser(deps.redis, input.userId, 'reward_granted', { kind: input.kind, code: input.eventCode, workflow_id: input.workflowId, gold: input.gold, vip_points: input.vipPoints, balance: paid.balance });
  } catch (err) {
    deps.log?.warn({ err: (err as Error).message }, 'reward_granted not published');
  }
  await announceBalance(deps, input.userId, paid.balance);
  return paid;
}
