import { randomUUID } from 'node:crypto';
import type { Game } from '../../domain/games/config.ts';
import { createFairRandom } from '../../domain/games/fairness.ts';
import { isBigWin } from '../../domain/games/payout.ts';
import type { RandomSource } from '../../domain/games/random.ts';
import { hotQuery, type PrismaClient, type Tx } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { InsufficientFundsError } from '../ledger/apply-ledger-entry.ts';
import { announceBalance } from './announce-balance.ts';
import type { GamesDeps } from './deps.ts';
import { ensureGameConfigRegistered } from './game-config.ts';
import { RoundExistsError } from './idempotent-play.ts';
import { fairnessOf, type RecordedRound } from './record-round.ts';
import { lockActiveSeed, readActiveSeed, type TakenSeeds } from './round-seeds.ts';

/** What a game rule produced, as far as the ledger and the history care. */
export interface InstantOutcome {
  payout: number;
  multiplier: number;
  /** Stored as game_rounds.result (snake_case): the details a player sees and verification replays. */
  result: Record<string, unknown>;
}

/**
 * Gacha's own part of a settlement, checked and written by `game_settle_instant`: the pity
 * counter and today's pull count the pull was computed from (compare-and-set), the new pity
 * counter, and how many units it took from each limited pool (only those pools are locked).
 */
export interface GachaSettlePart {
  pity_before: number;
  pity_after: number;
  used_before: number;
  taken: Record<string, number>;
}

/** One instant game: its reads and checks, the rule, and its own part of the settlement. */
export interface InstantRoundSpec<S, O extends InstantOutcome> {
  userId: string;
  game: Exclude<Game, 'crash'>;
  /** The round id derived from (player, Idempotency-Key) (idempotent-play.ts); a fresh one without a key. */
  roundId?: string;
  stake: number;
  /** Reads the game's own state (one statement, sent beside the seed read) and runs its checks (429s). */
  read?: (db: PrismaClient | Tx) => Promise<S>;
  /** The pure game rule over the round's provably fair random stream. */
  play: (rng: RandomSource, state: S) => O;
  /** Gacha's state change, settled in the same statement as the round. */
  gacha?: (outcome: O, state: S) => GachaSettlePart;
}

/** The committed round. */
export interface InstantRoundResult<S, O> {
  round: RecordedRound;
  outcome: O;
  state: S;
  seeds: TakenSeeds;
  balance: number;
  /** The player's VIP points after the round, and whether this round made them VIP. */
  vip: { points: number; role: string; promoted: boolean };
}

/** What `game_settle_instant` answers (see its migration). */
type SettleAnswer =
  | { status: 'settled'; balance: number; created_at: string; vip_points: number; role: string; promoted: boolean }
  | { status: 'insufficient'; balance: number }
  | { status: 'nonce_taken' | 'state_changed' | 'not_found' | 'exists' };

/**
 * After a lost race the round is replayed in a transaction that holds the seed row's lock from
 * the read to the settle, so it waits its turn instead of racing again; a replay can still
 * lose to another player on gacha's shared pools. Past this many attempts: 503.
 */
const MAX_ATTEMPTS = 20;

/**
 * Plays a slots spin, RPS throw or gacha pull in TWO round trips to PostgreSQL, with no lock
 * held while the client computes:
 * 1. read the player's active seed pair and its next nonce (and, beside it, the game's own
 *    state: gacha's pity, daily count and pools), and run the game's checks;
 * 2. compute the outcome here from the seeds (domain/games: the single source of the rules and
 *    of verification), then one `game_settle_instant` statement that takes the nonce by
 *    compare-and-set on next_nonce, checks the stake (409 insufficient_funds changes nothing),
 *    and writes the `game_bet` and `game_payout` entries, the balance and VIP points, the
 *    round, the stats, gacha's state and the outbox fact.
 * When another round of the same player took the nonce first, nothing was written and the
 * round starts again from step 1 (a new round id, the next nonce), invisibly to the caller:
 * the replay runs in a transaction that locks the seed row first, so a burst of one player's
 * rounds queues on that lock instead of retrying against each other (each would otherwise
 * lose to every other: quadratic work). Uncontended rounds never take that path.
 * After commit, pushes the new balance to the player's streams.
 */
export async function runInstantRound<S, O extends InstantOutcome>(deps: GamesDeps, spec: InstantRoundSpec<S, O>): Promise<InstantRoundResult<S, O>> {
  await ensureGameConfigRegistered(deps.prisma, deps.games);
  for (let attempt = 1; ; attempt++) {
    const answer =
      attempt === 1
        ? await attemptRound(deps, spec, deps.prisma, await Promise.all([readActiveSeed(deps.prisma, spec.userId), spec.read ? spec.read(deps.prisma) : (undefined as S)]))
        : await deps.prisma.$transaction(
            async (tx) => attemptRound(deps, spec, tx, [await lockActiveSeed(tx, spec.userId), spec.read ? await spec.read(tx) : (undefined as S)]),
            { maxWait: 30_000, timeout: 30_000 },
          );
    if (answer.kind === 'done') {
      // Best effort and after commit: the answer carries the same balance, so it does not wait for Redis.
      void announceBalance(deps, spec.userId, answer.result.balance);
      return answer.result;
    }
    if (attempt >= MAX_ATTEMPTS) throw new AppError('service_unavailable', 'Too many of your rounds at once; try again');
  }
}

/** One try: compute the outcome from what was read, then the settle statement. */
async function attemptRound<S, O extends InstantOutcome>(
  deps: GamesDeps,
  spec: InstantRoundSpec<S, O>,
  db: PrismaClient | Tx,
  [seeds, state]: [TakenSeeds, S],
): Promise<{ kind: 'done'; result: InstantRoundResult<S, O> } | { kind: 'lost' }> {
  const outcome = spec.play(createFairRandom(seeds), state);
  const roundId = spec.roundId ?? randomUUID();
  const bigWin = isBigWin(outcome.payout, deps.games.config.bigWinThreshold);
  const win = outcome.payout > spec.stake;
  const fact = { roundId, userId: spec.userId, game: spec.game, bet: spec.stake, payout: outcome.payout, multiplier: outcome.multiplier, win, bigWin };
  const gacha = spec.gacha ? JSON.stringify(spec.gacha(outcome, state)) : null;
  const rows = await hotQuery(db)<{ r: SettleAnswer }>`
    SELECT game_settle_instant(${roundId}::uuid, ${spec.userId}::uuid, ${spec.game}, ${seeds.seedId}::uuid, ${seeds.nonce}::int,
      ${spec.stake}::int, ${outcome.payout}::int, ${outcome.multiplier}::numeric, ${bigWin}, ${JSON.stringify(outcome.result)}::jsonb,
      ${deps.games.hash}, ${deps.config.VIP_PROMOTION_POINTS}::int, ${TOPICS.games}, ${JSON.stringify(fact)}::jsonb, ${gacha}::jsonb) AS r`;
  const answer = rows[0]!.r;
  switch (answer.status) {
    case 'settled': {
      const round: RecordedRound = {
        round_id: roundId,
        game: spec.game,
        bet: spec.stake,
        payout: outcome.payout,
        multiplier: outcome.multiplier,
        win,
        big_win: bigWin,
        result: outcome.result,
        fairness: fairnessOf(seeds),
        created_at: new Date(answer.created_at).toISOString(),
      };
      return { kind: 'done', result: { round, outcome, state, seeds, balance: answer.balance, vip: { points: answer.vip_points, role: answer.role, promoted: answer.promoted } } };
    }
    case 'insufficient':
      throw new InsufficientFundsError(answer.balance, -spec.stake);
    case 'not_found':
      throw AppError.of('not_found', 'No such player');
    case 'exists':
      // A retry under the same Idempotency-Key lost the race: nothing was written; it answers the round that was played.
      throw new RoundExistsError(roundId);
    case 'nonce_taken':
    case 'state_changed':
      return { kind: 'lost' };
  }
}
