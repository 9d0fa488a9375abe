import { randomUUID } from 'node:crypto';
import type { Game } from '../../domain/games/config.ts';
import { createFairRandom } from '../../domain/games/fairness.ts';
import type { RandomSource } from '../../domain/games/random.ts';
import type { Tx } from '../../lib/db/client.ts';
import { applyLedgerEntry } from '../ledger/apply-ledger-entry.ts';
import { announceBalance } from './announce-balance.ts';
import type { GamesDeps } from './deps.ts';
import { ensureGameConfigRegistered } from './game-config.ts';
import { recordRound, type RecordedRound } from './record-round.ts';
import { takeRoundSeeds, type TakenSeeds } from './round-seeds.ts';

/** What a game rule produced, as far as the ledger and the history care. */
export interface InstantOutcome {
  payout: number;
  multiplier: number;
  /** Stored as game_rounds.result (snake_case): the details a player sees and verification replays. */
  result: Record<string, unknown>;
}

/** One single-transaction game: its checks and reads, the rule, and its own writes. */
export interface InstantRoundSpec<S, O extends InstantOutcome> {
  userId: string;
  game: Exclude<Game, 'crash'>;
  stake: number;
  /** In the transaction, after the seeds are locked and before the stake is taken: checks (429s) and reads. */
  before?: (tx: Tx) => Promise<S>;
  /** The pure game rule over the round's provably fair random stream. */
  play: (rng: RandomSource, state: S) => O;
  /** In the transaction, after the payout: the game's own state (pity, pools, daily count). */
  after?: (tx: Tx, outcome: O, state: S) => Promise<void>;
}

/** The committed round. */
export interface InstantRoundResult<S, O> {
  round: RecordedRound;
  outcome: O;
  state: S;
  seeds: TakenSeeds;
  balance: number;
}

/**
 * Plays a slots spin, RPS throw or gacha pull as ONE database transaction: take the next nonce
 * (locking the player's seed row), run the game's checks, debit the stake (`game_bet`, ref =
 * round id; 409 insufficient_funds rolls everything back), compute the outcome from the seeds,
 * credit the payout (`game_payout`, same ref), write the game's state, the round, the stats and
 * the outbox fact. After commit, pushes the new balance to the player's streams.
 */
export async function runInstantRound<S, O extends InstantOutcome>(deps: GamesDeps, spec: InstantRoundSpec<S, O>): Promise<InstantRoundResult<S, O>> {
  await ensureGameConfigRegistered(deps.prisma, deps.games);
  const roundId = randomUUID();
  const result = await deps.prisma.$transaction(
    async (tx) => {
      const seeds = await takeRoundSeeds(tx, spec.userId);
      const state = (spec.before ? await spec.before(tx) : undefined) as S;
      const debit = await applyLedgerEntry(tx, { userId: spec.userId, delta: -spec.stake, reason: 'game_bet', ref: roundId, meta: { game: spec.game } });
      const outcome = spec.play(createFairRandom(seeds), state);
      let balance = debit.balance;
      if (outcome.payout > 0) {
        ({ balance } = await applyLedgerEntry(tx, { userId: spec.userId, delta: outcome.payout, reason: 'game_payout', ref: roundId, meta: { game: spec.game } }));
      }
      if (spec.after) await spec.after(tx, outcome, state);
      const round = await recordRound(tx, {
        id: roundId,
        userId: spec.userId,
        game: spec.game,
        bet: spec.stake,
        payout: outcome.payout,
        multiplier: outcome.multiplier,
        result: outcome.result,
        seeds,
        configHash: deps.games.hash,
        bigWinThreshold: deps.games.config.bigWinThreshold,
      });
      return { round, outcome, state, seeds, balance };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
  await announceBalance(deps, spec.userId, result.balance);
  return result;
}
