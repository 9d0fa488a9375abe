import { z } from 'zod';
import { parseRpsChoice, playRps, RPS_CHOICES } from '../../domain/games/rps.ts';
import { AppError } from '../../lib/errors.ts';
import { assertBetInRange } from './bet-limits.ts';
import type { GamesDeps } from './deps.ts';
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
export async function playRpsRound(deps: GamesDeps, userId: string, input: RpsPlayRequest): Promise<RpsPlayView> {
  const choice = parseRpsChoice(input.choice);
  if (choice === null) {
    throw new AppError('invalid_choice', 'choice must be rock, paper or scissors', { field: 'choice', allowed: ['rock', 'paper', 'scissors'] });
  }
  const config = deps.games.config.rps;
  assertBetInRange(input.bet_amount, config);
  const { round, outcome, balance } = await runInstantRound(deps, {
    userId,
    game: 'rps',
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
