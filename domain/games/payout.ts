/**
 * Exact integer gold arithmetic shared by every game. Pure (no imports), so crash workflow
 * code can use it. Multipliers carry at most 2 decimals and are handled as integer hundredths:
 * in floats 100 × 1.15 is 114.99999999999999, which a plain floor would pay as 114.
 */

/** A stake as a game rule accepts it: a positive safe integer between the game's limits. */
export interface BetLimits {
  minBet: number;
  maxBet: number;
}

/** Refuses a bet the API should already have rejected (non-integer, out of limits) instead of paying on it. */
export function assertBet(bet: number, limits: BetLimits): void {
  if (!Number.isSafeInteger(bet) || bet < limits.minBet || bet > limits.maxBet) {
    throw new RangeError(`bet ${bet} must be an integer between ${limits.minBet} and ${limits.maxBet}`);
  }
}

/** True when a multiplier has at most 2 decimals, the precision every paytable and crash point uses. */
export function hasTwoDecimalsAtMost(multiplier: number): boolean {
  if (!Number.isFinite(multiplier)) return false;
  const scaled = multiplier * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-7;
}

/** Converts a 2-decimal multiplier to integer hundredths (1.85 -> 185) so comparisons and payouts are exact. */
export function multiplierToCents(multiplier: number): number {
  if (multiplier < 0 || !hasTwoDecimalsAtMost(multiplier)) {
    throw new RangeError(`multiplier ${multiplier} must be a non-negative number with at most 2 decimals`);
  }
  return Math.round(multiplier * 100);
}

/** floor(bet × multiplier) computed in integers: the one payout rule of every game (the house keeps the fraction). */
export function goldPayout(bet: number, multiplier: number): number {
  if (!Number.isSafeInteger(bet) || bet < 0) throw new RangeError(`bet ${bet} must be a non-negative integer`);
  const product = bet * multiplierToCents(multiplier);
  if (!Number.isSafeInteger(product)) throw new RangeError(`bet ${bet} × ${multiplier} exceeds exact integer range`);
  return (product - (product % 100)) / 100;
}

/** A payout the community feed and notifications announce: strictly above the configured threshold (docs/domain.md: above 1,000). */
export function isBigWin(payout: number, threshold: number): boolean {
  return payout > threshold;
}
