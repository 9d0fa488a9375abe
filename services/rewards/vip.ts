import { z } from 'zod';
import { utcDay } from '../../domain/engagement/periods.ts';
import { nextTierOf, tierOf, VIP_TIERS } from '../../domain/engagement/vip.ts';
import { rewardsNow } from '../../lib/clock.ts';
import { AppError } from '../../lib/errors.ts';
import { announceBalance } from '../games/announce-balance.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import type { RewardsDeps } from './streak.ts';

const ZTier = z.object({ name: z.enum(['silver', 'gold', 'platinum']), min_points: z.number().int(), daily_gold: z.number().int() });
const tierView = (t: (typeof VIP_TIERS)[number]) => ({ name: t.name, min_points: t.minPoints, daily_gold: t.dailyGold });

/** `GET /api/rewards/vip`: points, tier, the next tier and today's claim. */
export const ZVipView = z.object({
  role: z.enum(['STANDARD', 'VIP', 'ADMIN']),
  is_vip: z.boolean(),
  vip_points: z.number().int(),
  tier: ZTier.describe('the tier the points reach (the claim pays it once the player is VIP)'),
  next_tier: ZTier.nullable(),
  points_to_next_tier: z.number().int().nullable(),
  tiers: z.array(ZTier),
  today: z.string(),
  claimed_today: z.boolean(),
  can_claim: z.boolean(),
});
export type VipView = z.infer<typeof ZVipView>;

/** `POST /api/rewards/vip/claim`'s answer. */
export const ZVipClaim = z.object({ date: z.string(), tier: z.string(), gold: z.number().int(), balance: z.number().int() });

/** The player's VIP standing as of today. Two queries. */
export async function getVip(deps: Pick<RewardsDeps, 'prisma' | 'config'>, userId: string): Promise<VipView> {
  const today = utcDay(rewardsNow(deps.config));
  const [user, claim] = await Promise.all([
    deps.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, vipPoints: true } }),
    deps.prisma.vipClaim.findUnique({ where: { userId_claimDate: { userId, claimDate: new Date(`${today}T00:00:00.000Z`) } } }),
  ]);
  const tier = tierOf(user.vipPoints);
  const next = nextTierOf(user.vipPoints);
  const isVip = user.role === 'VIP';
  return {
    role: user.role,
    is_vip: isVip,
    vip_points: user.vipPoints,
    tier: tierView(tier),
    next_tier: next ? tierView(next) : null,
    points_to_next_tier: next ? next.minPoints - user.vipPoints : null,
    tiers: VIP_TIERS.map(tierView),
    today,
    claimed_today: !!claim,
    can_claim: isVip && !claim,
  };
}

/**
 * The daily VIP claim, in one transaction: the player's role is read under the ledger's row
 * lock (a promotion committed by a round counts at once), one claim per UTC day (409
 * already_claimed; the claim row's key decides between concurrent claims), pays the tier's
 * gold (reason `vip_claim`, ref `vip:<user>:<day>`). Not VIP: 403 vip_required.
 */
export async function claimVip(deps: RewardsDeps, userId: string) {
  const today = utcDay(rewardsNow(deps.config));
  const result = await deps.prisma.$transaction(
    async (tx) => {
      const users = await tx.$queryRaw<{ role: string; vip_points: number }[]>`SELECT role::text AS role, vip_points FROM users WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
      const user = users[0];
      if (!user) throw AppError.of('not_found', 'No such player');
      if (user.role !== 'VIP') throw AppError.of('vip_required', 'The daily VIP reward is for VIP players: earn VIP points by playing');
      const tier = tierOf(user.vip_points);
      const inserted = await tx.$executeRaw`
        INSERT INTO vip_claims (user_id, claim_date, tier, gold) VALUES (${userId}::uuid, ${today}::date, ${tier.name}, ${tier.dailyGold})
        ON CONFLICT DO NOTHING`;
      if (inserted === 0) throw AppError.of('already_claimed', `Today's VIP reward (${today}) was already claimed`);
      const paid = await applyLedgerEntry(tx, { userId, delta: tier.dailyGold, reason: 'vip_claim', ref: `vip:${userId}:${today}`, meta: { tier: tier.name } });
      return { date: today, tier: tier.name, gold: tier.dailyGold, balance: paid.balance };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  await announceBalance(deps, userId, result.balance);
  return result;
}
