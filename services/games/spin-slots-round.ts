import { z } from 'zod';
import { spinSlots } from '../../domain/games/slots.ts';
import { assertBetInRange } from './bet-limits.ts';
import type { GamesDeps } from './deps.ts';
import { playOnce, type StoredPlay } from './idempotent-play.ts';
import { runInstantRound } from './run-instant-round.ts';
import type { SlotsSpinView } from './views.ts';

/** Body of `POST /api/games/slots/spin`; limits come from the game config (see the route). */
export const ZSlotsSpinRequest = z.object({ bet_amount: z.number().int().positive() });
export type SlotsSpinRequest = z.infer<typeof ZSlotsSpinRequest>;

/** One slots spin, one transaction (see runInstantRound). Long-run return 0.92. */
export async function spinSlotsRound(deps: GamesDeps, userId: string, input: SlotsSpinRequest, roundId?: string): Promise<SlotsSpinView> {
  const config = deps.games.config.slots;
  assertBetInRange(input.bet_amount, config);
  const { round, outcome, balance } = await runInstantRound(deps, {
    userId,
    game: 'slots',
    roundId,
    stake: input.bet_amount,
    play: (rng) => {
      const spin = spinSlots(input.bet_amount, rng, config);
      return { payout: spin.payout, multiplier: spin.multiplier, result: { reels: spin.reels }, spin };
    },
  });
  const { result: _result, ...base } = round;
  return { ...base, game: 'slots', reels: outcome.spin.reels, balance };
}

/**
 * A spin under an optional Idempotency-Key: a retry with the same key and bet answers the spin
 * that was played (its balance after), another bet is 422 `idempotency_key_reused`.
 */
export function spinSlotsOnce(deps: GamesDeps, userId: string, input: SlotsSpinRequest, idempotencyKey: string | undefined): Promise<{ view: SlotsSpinView; replayed: boolean }> {
  return playOnce(deps.prisma, {
    userId,
    game: 'slots',
    idempotencyKey,
    sameRequest: (stored) => stored.kind === 'instant' && stored.round.game === 'slots' && stored.round.bet === input.bet_amount,
    replay: (stored) => {
      const { round, balance } = stored as Extract<StoredPlay, { kind: 'instant' }>;
      const { result, ...base } = round;
      return { ...base, game: 'slots' as const, reels: result.reels as string[], balance };
    },
    play: (roundId) => spinSlotsRound(deps, userId, input, roundId),
  });
}
