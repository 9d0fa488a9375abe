import { z } from 'zod';
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

/**
 * The documented shape of a bet field: a whole number with the game's configured limits as
 * `minimum`/`maximum`, written from the same configuration `assertBetInRange` enforces. The
 * limits are documentation only: a bet outside them is the 422 `bet_out_of_range`, not a 400.
 */
export function zDocumentedBet(limits: BetLimits) {
  return z
    .number()
    .int()
    .positive()
    .meta({ minimum: limits.minBet, maximum: limits.maxBet, description: `${limits.minBet}-${limits.maxBet} gold; outside that 422 bet_out_of_range` });
}
