import { z } from 'zod';
import type { Game, GameConfig } from '../../domain/games/config.ts';
import { hashServerSeed } from '../../domain/games/fairness.ts';
import type { Rarity } from '../../domain/games/gacha.ts';
import type { RpsChoice } from '../../domain/games/rps.ts';
import { verifyRound, type VerifiedRound } from '../../domain/games/verify.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { canonicalJson, gameConfigByHash, type LoadedGameConfig } from './game-config.ts';
import type { VerifyRoundView } from './views.ts';

/** Query of `GET /api/fairness/verify`. */
export const ZVerifyRoundQuery = z.object({ round_id: z.string().uuid() });

type Stored = { bet: number; payout: number; result: Record<string, any> };

/** The outcome fields a round stored, in the same shape `recomputedOf` produces from the seeds. */
function recordedOf(game: Game, round: Stored): Record<string, unknown> {
  const r = round.result;
  switch (game) {
    case 'slots':
      return { reels: r.reels, payout: round.payout };
    case 'rps':
      return { house_choice: r.house_choice, outcome: r.outcome, payout: round.payout };
    case 'gacha':
      return { items: r.items, pity_after: r.pity_after, payout: round.payout };
    case 'crash':
      return { crash_point: r.crash_point, payout: round.payout };
  }
}

function recomputedOf(verified: VerifiedRound): Record<string, unknown> {
  switch (verified.game) {
    case 'slots':
      return { reels: verified.outcome.reels, payout: verified.outcome.payout };
    case 'rps':
      return { house_choice: verified.outcome.houseChoice, outcome: verified.outcome.outcome, payout: verified.outcome.payout };
    case 'gacha':
      return {
        items: verified.outcome.items.map((i) => ({ rarity: i.rarity, value: i.value, near_miss: i.nearMiss, pity: i.pity, fallback_from: i.fallbackFrom })),
        pity_after: verified.outcome.pityCounterAfter,
        payout: verified.outcome.payout,
      };
    case 'crash':
      return { crash_point: verified.outcome.crashPoint, payout: verified.outcome.payout };
  }
}

/** Replays a stored round from revealed seeds with the game config it was played under. */
export function replayStoredRound(
  game: Game,
  round: Stored & { serverSeed: string; clientSeed: string; nonce: number },
  config: GameConfig,
): Record<string, unknown> {
  const seeds = { serverSeed: round.serverSeed, clientSeed: round.clientSeed, nonce: round.nonce };
  const r = round.result;
  switch (game) {
    case 'slots':
      return recomputedOf(verifyRound({ game, ...seeds, params: { bet: round.bet } }, config));
    case 'rps':
      return recomputedOf(verifyRound({ game, ...seeds, params: { bet: round.bet, choice: r.player_choice as RpsChoice } }, config));
    case 'gacha':
      return recomputedOf(
        verifyRound(
          { game, ...seeds, params: { count: r.count as 1 | 10, pityCounter: r.pity_before as number, poolStock: (r.pool_stock ?? {}) as Partial<Record<Rarity, number | null>> } },
          config,
        ),
      );
    case 'crash':
      return recomputedOf(verifyRound({ game, ...seeds, params: { bet: round.bet, cashoutAt: (r.cashout_multiplier as number | null) ?? null } }, config));
  }
}

/**
 * GET /api/fairness/verify: recomputes a finished round from its seeds. Only rounds whose
 * server seed was revealed (rotated out) can be recomputed; others answer `verifiable: false`
 * with `reason: 'seed_not_revealed'`. Players see their own rounds (404 otherwise); operators any.
 */
export async function verifyGameRound(
  deps: { prisma: PrismaClient; games: LoadedGameConfig },
  opts: { roundId: string; userId: string; isAdmin?: boolean },
): Promise<VerifyRoundView> {
  const round = await deps.prisma.gameRound.findUnique({ where: { id: opts.roundId } });
  if (!round || (!opts.isAdmin && round.userId !== opts.userId)) {
    throw AppError.of('not_found', `No finished round ${opts.roundId} of yours (a crash round is recorded when it settles)`);
  }
  const seed = await deps.prisma.fairnessSeed.findUnique({ where: { id: round.seedId } });
  if (!seed) throw new Error(`round ${round.id} references a missing seed ${round.seedId}`);
  const game = round.game as Game;
  const stored: Stored = { bet: round.bet, payout: round.payout, result: round.result as Record<string, any> };
  const recorded = recordedOf(game, stored);
  const base = {
    round_id: round.id,
    game,
    server_seed_hash: round.serverSeedHash,
    client_seed: round.clientSeed,
    nonce: round.nonce,
    recorded,
  };
  if (!seed.revealedAt) {
    return { ...base, verifiable: false, reason: 'seed_not_revealed', server_seed: null, hash_matches: null, recomputed: null, match: null };
  }
  const config = await gameConfigByHash(deps.prisma, round.configHash, deps.games);
  if (!config) throw new Error(`round ${round.id} references a missing game config ${round.configHash}`);
  const hashMatches = hashServerSeed(seed.serverSeed) === round.serverSeedHash;
  const recomputed = replayStoredRound(game, { ...stored, serverSeed: seed.serverSeed, clientSeed: round.clientSeed, nonce: round.nonce }, config);
  return {
    ...base,
    verifiable: true,
    server_seed: seed.serverSeed,
    hash_matches: hashMatches,
    recomputed,
    match: hashMatches && canonicalJson(recorded) === canonicalJson(recomputed),
  };
}
