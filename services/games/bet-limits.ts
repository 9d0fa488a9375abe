import type { BetLimits } from '../../domain/games/payout.ts';
import { AppError } from '../../lib/errors.ts';

/** A stake outside the game's configured limits: 422 `bet_out_of_range` with the limits. */
export function assertBetInRange(bet: number, limits: BetLimits): void {
  if (!Number.isSafeInteger(bet) || bet < limits.minBet || bet > limits.maxBet) {
    throw new AppError('bet_out_of_range', `A bet is a whole number of gold between ${limits.minBet} and ${limits.maxBet}`, {
      min_bet: limits.minBet,
      max_bet: limits.maxBet,
    });
  }
}
