import { z } from 'zod';
import { parseRpsChoice, playRps, RPS_CHOICES } from '../../domain/games/rps.ts';
import { AppError } from '../../lib/errors.ts';
import { assertBetInRange } from './bet-limits.ts';
import type { GamesDeps } from './deps.ts';
import { playOnce, type StoredPlay } from './idempotent-play.ts';
import { runInstantRound } from './run-instant-round.ts';
import type { RpsPlayView } from './views.ts';

/**
 * Body of `POST /api/games/rps/play`. `choice` is read as any string so that a wrong throw is
 * the documented 422 `invalid_choice`, not a generic 400.
 */
export const ZRpsPlayRequest = z.object({
  choice: z.string().max(40).describe('rock, paper or scissors; anything else is 422 invalid_choice').meta({ enum: [...RPS_CHOICES] }),
  bet_amount: z.number().int().positive(),
});
export type RpsPlayRequest = z.infer<typeof ZRpsPlayRequest>;

/** One throw against the house, one transaction. Win 1.85×, draw returns the stake: 5% edge. */
export async function playRpsRound(deps: GamesDeps, userId: string, input: RpsPlayRequest, roundId?: string): Promise<RpsPlayView> {
  const choice = parseRpsChoice(input.choice);
  if (choice === null) {
    throw new AppError('invalid_choice', 'choice must be rock, paper or scissors', { field: 'choice', allowed: ['rock', 'paper', 'scissors'] });
  }
  const config = deps.games.config.rps;
  assertBetInRange(input.bet_amount, config);
  const { round, outcome, balance } = await runInstantRound(deps, {
    userId,
    game: 'rps',
    roundId,
    stake: input.bet_amount,
    play: (rng) => {
      const throwResult = playRps(choice, input.bet_amount, rng, config);
      return {
        payout: throwResult.payout,
        multiplier: throwResult.multiplier,
        result: { player_choice: throwResult.playerChoice, house_choice: throwResult.houseChoice, outcome: throwResult.outcome },
        throwResult,
      };
    },
  });
  const { result: _result, ...base } = round;
  return {
    ...base,
    game: 'rps',
    player_choice: outcome.throwResult.playerChoice,
    house_choice: outcome.throwResult.houseChoice,
    outcome: outcome.throwResult.outcome,
    balance,
  };
}

/**
 * A throw under an optional Idempotency-Key: a retry with the same key, bet and choice answers
 * the throw that was played, anything else is 422 `idempotency_key_reused`.
 */
export function playRpsOnce(deps: GamesDeps, userId: string, input: RpsPlayRequest, idempotencyKey: string | undefined): Promise<{ view: RpsPlayView; replayed: boolean }> {
  return playOnce(deps.prisma, {
    userId,
    game: 'rps',
    idempotencyKey,
    sameRequest: (stored) =>
      stored.kind === 'instant' && stored.round.game === 'rps' && stored.round.bet === input.bet_amount && stored.round.result.player_choice === parseRpsChoice(input.choice),
    replay: (stored) => {
      const { round, balance } = stored as Extract<StoredPlay, { kind: 'instant' }>;
      const { result, ...base } = round;
      return {
        ...base,
        game: 'rps' as const,
        player_choice: result.player_choice as RpsPlayView['player_choice'],
        house_choice: result.house_choice as RpsPlayView['house_choice'],
        outcome: result.outcome as RpsPlayView['outcome'],
        balance,
      };
    },
    play: (roundId) => playRpsRound(deps, userId, input, roundId),
  });
}
