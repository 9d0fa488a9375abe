/**
 * Rock-paper-scissors against the house. The house throws uniformly at random, independently of
 * the player's choice. Payout rule (default): a win pays 1.85× the stake, a draw returns the
 * stake, a loss pays nothing: return = (1.85 + 1 + 0) / 3 = 0.95, a 5% house edge.
 */
import { z } from 'zod';
import type { RpsConfig } from './config.ts';
import { assertBet, goldPayout } from './payout.ts';
import { drawUnit, indexFromUnit, type RandomSource } from './random.ts';

/** The three throws, in the order the house's random float maps to them ([0,1/3) rock, ...). */
export const RPS_CHOICES = ['rock', 'paper', 'scissors'] as const;
/** Zod enum for the `choice` field; anything else is a 422 in the API. */
export const ZRpsChoice = z.enum(RPS_CHOICES);
/** A throw. */
export type RpsChoice = z.infer<typeof ZRpsChoice>;
/** The round's result from the player's side. */
export type RpsOutcome = 'win' | 'lose' | 'draw';

/** The outcome of one throw, as recorded in game history. */
export interface RpsRound {
  playerChoice: RpsChoice;
  houseChoice: RpsChoice;
  outcome: RpsOutcome;
  /** Multiple of the bet paid: winMultiplier, drawMultiplier or 0. */
  multiplier: number;
  /** floor(bet × multiplier) in gold. */
  payout: number;
}

const BEATS: Readonly<Record<RpsChoice, RpsChoice>> = { rock: 'scissors', paper: 'rock', scissors: 'paper' };

/** Reads a client's choice, or null when it is not exactly rock, paper or scissors. */
export function parseRpsChoice(input: unknown): RpsChoice | null {
  const parsed = ZRpsChoice.safeParse(input);
  return parsed.success ? parsed.data : null;
}

/** Who wins a pair of throws, from the player's side. */
export function rpsOutcome(playerChoice: RpsChoice, houseChoice: RpsChoice): RpsOutcome {
  if (playerChoice === houseChoice) return 'draw';
  return BEATS[playerChoice] === houseChoice ? 'win' : 'lose';
}

/** Plays one throw: the house's throw comes from one float of `rng`; pays by the configured multipliers. */
export function playRps(choice: RpsChoice, bet: number, rng: RandomSource, config: RpsConfig): RpsRound {
  assertBet(bet, config);
  const houseChoice = RPS_CHOICES[indexFromUnit(drawUnit(rng), RPS_CHOICES.length)];
  if (houseChoice === undefined) throw new RangeError('unreachable: house choice out of range');
  const outcome = rpsOutcome(choice, houseChoice);
  const multiplier = outcome === 'win' ? config.winMultiplier : outcome === 'draw' ? config.drawMultiplier : 0;
  return { playerChoice: choice, houseChoice, outcome, multiplier, payout: goldPayout(bet, multiplier) };
}

/** Theoretical return: each outcome has probability 1/3 whatever the player throws. */
export function rpsTheoreticalReturn(config: RpsConfig): number {
  return (config.winMultiplier + config.drawMultiplier) / 3;
}
