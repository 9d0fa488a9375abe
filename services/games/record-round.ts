import type { Game } from '../../domain/games/config.ts';
import { isBigWin } from '../../domain/games/payout.ts';
import type { Tx } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { writeOutbox } from '../../lib/outbox.ts';
import type { TakenSeeds } from './round-seeds.ts';
import type { GameRoundView, RoundFairness } from './views.ts';

/** Everything a finished round stores: the history row, the stats it adds to, and its Kafka fact. */
export interface RoundRecord {
  id: string;
  userId: string;
  game: Game;
  bet: number;
  payout: number;
  /** payout / bet with 2 decimals (the game's own multiplier where it has one). */
  multiplier: number;
  result: Record<string, unknown>;
  seeds: Pick<TakenSeeds, 'seedId' | 'serverSeedHash' | 'clientSeed' | 'nonce'>;
  configHash: string;
  bigWinThreshold: number;
}

/** What recordRound wrote, in API shape. */
export type RecordedRound = GameRoundView;

/** payout / bet floored to 2 decimals, for games without a multiplier of their own (gacha). */
export function ratioMultiplier(payout: number, bet: number): number {
  return Math.floor((payout * 100) / bet) / 100;
}

/** The fairness block of a round view. */
export function fairnessOf(seeds: { serverSeedHash: string; clientSeed: string; nonce: number }): RoundFairness {
  return { server_seed_hash: seeds.serverSeedHash, client_seed: seeds.clientSeed, nonce: seeds.nonce };
}

/**
 * Writes a finished round inside the transaction that moved its gold: the game_rounds row,
 * the player's per-game stats, and the `game.round_settled` fact for Kafka (same commit).
 */
export async function recordRound(tx: Tx, round: RoundRecord): Promise<RecordedRound> {
  const win = round.payout > round.bet;
  const bigWin = isBigWin(round.payout, round.bigWinThreshold);
  const rows = await tx.$queryRaw<{ created_at: Date }[]>`
    INSERT INTO game_rounds (id, user_id, game, bet, payout, multiplier, win, big_win, result, seed_id, server_seed_hash, client_seed, nonce, config_hash)
    VALUES (${round.id}::uuid, ${round.userId}::uuid, ${round.game}, ${round.bet}, ${round.payout}, ${round.multiplier}::numeric, ${win}, ${bigWin},
            ${JSON.stringify(round.result)}::jsonb, ${round.seeds.seedId}::uuid, ${round.seeds.serverSeedHash}, ${round.seeds.clientSeed},
            ${round.seeds.nonce}, ${round.configHash})
    RETURNING created_at`;
  const createdAt = rows[0]!.created_at;
  await tx.$executeRaw`
    INSERT INTO player_game_stats AS s (user_id, game, games_played, wins, gold_wagered, gold_won, highest_multiplier, biggest_payout, last_played_at)
    VALUES (${round.userId}::uuid, ${round.game}, 1, ${win ? 1 : 0}, ${round.bet}, ${round.payout}, ${round.multiplier}::numeric, ${round.payout}, ${createdAt})
    ON CONFLICT (user_id, game) DO UPDATE SET
      games_played = s.games_played + 1,
      wins = s.wins + EXCLUDED.wins,
      gold_wagered = s.gold_wagered + EXCLUDED.gold_wagered,
      gold_won = s.gold_won + EXCLUDED.gold_won,
      highest_multiplier = GREATEST(s.highest_multiplier, EXCLUDED.highest_multiplier),
      biggest_payout = GREATEST(s.biggest_payout, EXCLUDED.biggest_payout),
      last_played_at = EXCLUDED.last_played_at`;
  await writeOutbox(tx, {
    topic: TOPICS.games,
    type: 'game.round_settled',
    key: round.userId,
    payload: {
      roundId: round.id,
      userId: round.userId,
      game: round.game,
      bet: round.bet,
      payout: round.payout,
      multiplier: round.multiplier,
      win,
      bigWin,
      playedAt: createdAt.toISOString(),
    },
  });
  return {
    round_id: round.id,
    game: round.game,
    bet: round.bet,
    payout: round.payout,
    multiplier: round.multiplier,
    win,
    big_win: bigWin,
    result: round.result,
    fairness: fairnessOf(round.seeds),
    created_at: createdAt.toISOString(),
  };
}
