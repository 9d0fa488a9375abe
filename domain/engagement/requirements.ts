// What an event or mission asks of a player (the schemas operators' requests are checked
// against); how a round moves it forward is in progress.ts.
import { z } from 'zod';
import { GAMES, type Game } from '../games/config.ts';

const count = z.number().int().min(1).max(1_000_000_000);

/**
 * Requirements: counters over the player's rounds since joining, all of which must reach their
 * target. At least one counter; unknown keys are refused (an operator's typo must not make an
 * event that completes at once).
 */
export const ZRequirements = z
  .object({
    /** Rounds of any game. */
    total_plays: count.optional(),
    /** Rounds per game, e.g. { slots: 10 }. */
    plays_by_game: z.object(Object.fromEntries(GAMES.map((g) => [g, count.optional()])) as Record<Game, z.ZodOptional<typeof count>>).strict().meta({ minProperties: 1 }).optional(),
    /** Rounds whose payout exceeded the bet. */
    wins: count.optional(),
    /** Gold bet, over every game. */
    total_wagered: count.optional(),
    /** Crash rounds cashed out at 2x or more. */
    crash_cashouts_at_or_above_2x: count.optional(),
  })
  .strict()
  .refine((r) => Object.entries(r).some(([k, v]) => v !== undefined && (k !== 'plays_by_game' || Object.values(v as object).some((n) => n !== undefined))), {
    message: 'must name at least one counter',
  })
  .meta({ minProperties: 1 });

/** What completing pays: gold through the ledger, and VIP points. */
export const ZRewards = z
  .object({
    gold: z.number().int().min(0).max(100_000_000),
    vip_points: z.number().int().min(0).max(1_000_000).default(0),
    /** While the event is live, each winning round of a joined player pays this much gold more. */
    live_bonus_per_win: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict()
  .refine((r) => r.gold > 0 || r.vip_points > 0, { message: 'must pay gold or VIP points' })
  .meta({ anyOf: [{ properties: { gold: { minimum: 1 } } }, { required: ['vip_points'], properties: { vip_points: { minimum: 1 } } }] });

export type Requirements = z.infer<typeof ZRequirements>;
export type Rewards = z.infer<typeof ZRewards>;

