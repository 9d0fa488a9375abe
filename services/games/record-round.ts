// Small shared pieces of a settled round's API shape (run-instant-round.ts writes the rounds).
import type { GameRoundView, RoundFairness } from './views.ts';

/** A settled round, in API shape. */
export type RecordedRound = GameRoundView;

/** payout / bet floored to 2 decimals, for games without a multiplier of their own (gacha). */
export function ratioMultiplier(payout: number, bet: number): number {
  return Math.floor((payout * 100) / bet) / 100;
}

/** The fairness block of a round view. */
export function fairnessOf(seeds: { serverSeedHash: string; clientSeed: string; nonce: number }): RoundFairness {
  return { server_seed_hash: seeds.serverSeedHash, client_seed: seeds.clientSeed, nonce: seeds.nonce };
}
