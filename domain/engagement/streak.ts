// The daily login streak: one claim per UTC day, 150 gold a day, 500 more on day 7 of each
// 7-day cycle, a missed day resets it unless protection covers it (one miss per 7 days).
import { addDays, daysBetween } from './periods.ts';

/** The amounts of the streak (config may override them). */
export interface StreakRules {
  dailyGold: number;
  day7Bonus: number;
  xpPerClaim: number;
  cycleDays: number;
  /** A protected miss is allowed once per this many days. */
  protectionEveryDays: number;
}

/** The numbers from the product rules. */
export const DEFAULT_STREAK_RULES: StreakRules = { dailyGold: 150, day7Bonus: 500, xpPerClaim: 10, cycleDays: 7, protectionEveryDays: 7 };

/** The streak as stored. Days are `YYYY-MM-DD` (UTC). */
export interface StreakState {
  currentStreak: number;
  lastClaimDate: string | null;
  protectionEnabled: boolean;
  protectedMissDate: string | null;
}

/** What a claim on `today` does: the new streak, the day of the cycle, the pay, and whether protection covered a miss. */
export interface StreakClaimPlan {
  streak: number;
  cycleDay: number;
  gold: number;
  xp: number;
  /** The missed day covered by protection, if any. */
  protectedMiss: string | null;
}

/** True when protection can cover a miss on `missedDay` (on, and not used in the last `protectionEveryDays`). */
export function protectionAvailable(state: StreakState, missedDay: string, rules: StreakRules = DEFAULT_STREAK_RULES): boolean {
  return state.protectionEnabled && (state.protectedMissDate === null || daysBetween(state.protectedMissDate, missedDay) >= rules.protectionEveryDays);
}

/** The streak the player still holds on `today` before claiming (0 when it is broken). */
export function liveStreak(state: StreakState, today: string, rules: StreakRules = DEFAULT_STREAK_RULES): number {
  if (!state.lastClaimDate) return 0;
  const gap = daysBetween(state.lastClaimDate, today);
  if (gap <= 1) return state.currentStreak;
  if (gap === 2 && protectionAvailable(state, addDays(state.lastClaimDate, 1), rules)) return state.currentStreak;
  return 0;
}

/** Plans a claim on `today`; the caller has already made sure today is not claimed. */
export function planClaim(state: StreakState, today: string, rules: StreakRules = DEFAULT_STREAK_RULES): StreakClaimPlan {
  const gap = state.lastClaimDate ? daysBetween(state.lastClaimDate, today) : Infinity;
  let streak = 1;
  let protectedMiss: string | null = null;
  if (gap === 1) streak = state.currentStreak + 1;
  else if (gap === 2 && protectionAvailable(state, addDays(state.lastClaimDate!, 1), rules)) {
    streak = state.currentStreak + 1;
    protectedMiss = addDays(state.lastClaimDate!, 1);
  }
  const cycleDay = ((streak - 1) % rules.cycleDays) + 1;
  return { streak, cycleDay, gold: rules.dailyGold + (cycleDay === rules.cycleDays ? rules.day7Bonus : 0), xp: rules.xpPerClaim, protectedMiss };
}
