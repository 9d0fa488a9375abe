import { z } from 'zod';
import { addDays, utcDay } from '../../domain/engagement/periods.ts';
import { liveStreak, planClaim, protectionAvailable, type StreakRules, type StreakState } from '../../domain/engagement/streak.ts';
import { rewardsNow } from '../../lib/clock.ts';
import type { Config } from '../../lib/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import type { Logger } from '../../lib/logger.ts';
import type { Redis } from '../../lib/redis.ts';
import { announceBalance } from '../games/announce-balance.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';

/** What the streak services work over. */
export interface RewardsDeps {
  prisma: PrismaClient;
  redis: Redis;
  config: Config;
  log?: Logger;
}

const rulesOf = (config: Config): StreakRules => ({
  dailyGold: config.STREAK_DAILY_GOLD,
  day7Bonus: config.STREAK_DAY7_BONUS,
  xpPerClaim: config.STREAK_XP_PER_CLAIM,
  cycleDays: 7,
  protectionEveryDays: 7,
});

/** `GET /api/rewards/streak`: the streak, today's state, the next reward and the month's calendar. */
export const ZStreakView = z.object({
  today: z.string().describe('the UTC day claims count for (YYYY-MM-DD)'),
  current_streak: z.number().int().describe('consecutive days held today (0 when broken)'),
  claimed_today: z.boolean(),
  protection_enabled: z.boolean(),
  protection_available: z.boolean().describe('protection is on and has not covered a miss in the last 7 days'),
  xp: z.number().int(),
  next_reward: z.object({ day: z.number().int().describe('day of the 7-day cycle'), gold: z.number().int(), xp: z.number().int(), on: z.string() }),
  calendar: z.object({
    month: z.string().describe('YYYY-MM'),
    days: z.array(z.object({ date: z.string(), claimed: z.boolean(), gold: z.number().int(), streak_day: z.number().int().nullable(), protected: z.boolean() })),
  }),
});
export type StreakView = z.infer<typeof ZStreakView>;

/** `POST /api/rewards/streak/claim`'s answer. */
export const ZStreakClaim = z.object({
  date: z.string(),
  streak: z.number().int(),
  streak_day: z.number().int(),
  gold: z.number().int(),
  xp: z.number().int(),
  protected_miss: z.string().nullable(),
  balance: z.number().int(),
});
export type StreakClaimView = z.infer<typeof ZStreakClaim>;

const dayOf = (d: Date | null): string | null => (d ? utcDay(d) : null);

function stateOf(row: { currentStreak: number; lastClaimDate: Date | null; protectionEnabled: boolean; protectedMissDate: Date | null } | null): StreakState {
  return {
    currentStreak: row?.currentStreak ?? 0,
    lastClaimDate: dayOf(row?.lastClaimDate ?? null),
    protectionEnabled: row?.protectionEnabled ?? false,
    protectedMissDate: dayOf(row?.protectedMissDate ?? null),
  };
}

/** The player's streak as of today (REWARDS_CLOCK_OFFSET_SECONDS moves today). Two queries. */
export async function getStreak(deps: Pick<RewardsDeps, 'prisma' | 'config'>, userId: string): Promise<StreakView> {
  const rules = rulesOf(deps.config);
  const today = utcDay(rewardsNow(deps.config));
  const month = today.slice(0, 7);
  const monthStart = new Date(`${month}-01T00:00:00.000Z`);
  const nextMonth = new Date(Date.UTC(monthStart.getUTCFullYear(), monthStart.getUTCMonth() + 1, 1));
  const [row, claims] = await Promise.all([
    deps.prisma.dailyStreak.findUnique({ where: { userId } }),
    deps.prisma.streakClaim.findMany({ where: { userId, claimDate: { gte: monthStart, lt: nextMonth } }, orderBy: { claimDate: 'asc' } }),
  ]);
  const state = stateOf(row);
  const claimedToday = state.lastClaimDate === today;
  const held = liveStreak(state, today, rules);
  const next = claimedToday ? planClaim(state, addDays(today, 1), rules) : planClaim(state, today, rules);
  const byDay = new Map(claims.map((c) => [utcDay(c.claimDate), c]));
  const days: StreakView['calendar']['days'] = [];
  for (let d = utcDay(monthStart); d < utcDay(nextMonth); d = addDays(d, 1)) {
    const c = byDay.get(d);
    days.push({ date: d, claimed: !!c, gold: c?.gold ?? 0, streak_day: c?.streakDay ?? null, protected: c?.protected ?? false });
  }
  return {
    today,
    current_streak: held,
    claimed_today: claimedToday,
    protection_enabled: state.protectionEnabled,
    protection_available: protectionAvailable(state, today, rules),
    xp: row?.xp ?? 0,
    next_reward: { day: next.cycleDay, gold: next.gold, xp: next.xp, on: claimedToday ? addDays(today, 1) : today },
    calendar: { month, days },
  };
}

/**
 * Claims today's streak reward in one transaction: creates and locks the player's streak row
 * (concurrent claims queue on it), refuses a second claim of the day (409 already_claimed),
 * plans the streak (day 7 pays the bonus; protection covers one missed day per 7), records
 * the calendar day and pays through the ledger (reason `streak`, ref `streak:<user>:<day>`).
 */
export async function claimStreak(deps: RewardsDeps, userId: string): Promise<StreakClaimView> {
  const rules = rulesOf(deps.config);
  const today = utcDay(rewardsNow(deps.config));
  const result = await deps.prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`INSERT INTO daily_streaks (user_id) VALUES (${userId}::uuid) ON CONFLICT (user_id) DO NOTHING`;
      const rows = await tx.$queryRaw<{ current_streak: number; last_claim_date: Date | null; protection_enabled: boolean; protected_miss_date: Date | null }[]>`
        SELECT current_streak, last_claim_date, protection_enabled, protected_miss_date FROM daily_streaks WHERE user_id = ${userId}::uuid FOR UPDATE`;
      const r = rows[0]!;
      const state = stateOf({ currentStreak: r.current_streak, lastClaimDate: r.last_claim_date, protectionEnabled: r.protection_enabled, protectedMissDate: r.protected_miss_date });
      if (state.lastClaimDate !== null && state.lastClaimDate >= today) throw AppError.of('already_claimed', `Today's streak reward (${today}) was already claimed`);
      const plan = planClaim(state, today, rules);
      await tx.$executeRaw`
        UPDATE daily_streaks SET current_streak = ${plan.streak}, last_claim_date = ${today}::date, xp = xp + ${plan.xp},
          protected_miss_date = COALESCE(${plan.protectedMiss}::date, protected_miss_date), updated_at = now()
        WHERE user_id = ${userId}::uuid`;
      await tx.$executeRaw`
        INSERT INTO streak_claims (user_id, claim_date, streak_day, gold, xp, protected)
        VALUES (${userId}::uuid, ${today}::date, ${plan.cycleDay}, ${plan.gold}, ${plan.xp}, ${plan.protectedMiss !== null})`;
      const paid = plan.gold > 0 ? await applyLedgerEntry(tx, { userId, delta: plan.gold, reason: 'streak', ref: `streak:${userId}:${today}`, meta: { streak: plan.streak, day: plan.cycleDay } }) : null;
      const balance = paid?.balance ?? (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { goldBalance: true } })).goldBalance;
      return { date: today, streak: plan.streak, streak_day: plan.cycleDay, gold: plan.gold, xp: plan.xp, protected_miss: plan.protectedMiss, balance };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  await announceBalance(deps, userId, result.balance);
  return result;
}

/** Body of `PUT /api/rewards/streak/protection`. */
export const ZStreakProtectionRequest = z.object({ enabled: z.boolean() });

/** Turns streak protection on or off (one protected missed day per 7 days). */
export async function setStreakProtection(deps: Pick<RewardsDeps, 'prisma' | 'config'>, userId: string, enabled: boolean): Promise<StreakView> {
  await deps.prisma.$executeRaw`
    INSERT INTO daily_streaks (user_id, protection_enabled) VALUES (${userId}::uuid, ${enabled})
    ON CONFLICT (user_id) DO UPDATE SET protection_enabled = EXCLUDED.protection_enabled, updated_at = now()`;
  return getStreak(deps, userId);
}
