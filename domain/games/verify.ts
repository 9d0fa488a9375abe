/**
 * Recomputes a finished round from its revealed seeds, for GET /api/fairness/verify and for
 * players. It runs the very game rules the API ran, over the same HMAC stream, so a stored
 * round matches its recomputation exactly or the round was not fair.
 */
import { z } from 'zod';
import { DEFAULT_GAME_CONFIG, type GameConfig } from './config.ts';
import { crashPointFromFloat, settleCrash } from './crash.ts';
import { createFairRandom, hashServerSeed, ZClientSeed, ZNonce, ZServerSeed, type RoundSeeds } from './fairness.ts';
import { pullGacha, RARITIES, type GachaPull } from './gacha.ts';
import { drawUnit } from './random.ts';
import { playRps, ZRpsChoice, type RpsRound } from './rps.ts';
import { spinSlots, type SlotSpin } from './slots.ts';

const seeds = { serverSeed: ZServerSeed, clientSeed: ZClientSeed, nonce: ZNonce };
const ZBet = z.number().int().positive();

/** The request shape of a verification, per game: the revealed seeds plus the round's own inputs. */
export const ZVerifyRoundInput = z.discriminatedUnion('game', [
  z.object({ game: z.literal('slots'), ...seeds, params: z.object({ bet: ZBet }) }),
  z.object({ game: z.literal('rps'), ...seeds, params: z.object({ bet: ZBet, choice: ZRpsChoice }) }),
  z.object({
    game: z.literal('gacha'),
    ...seeds,
    params: z.object({
      count: z.union([z.literal(1), z.literal(10)]),
      pityCounter: z.number().int().nonnegative(),
      poolStock: z.partialRecord(z.enum(RARITIES), z.number().int().nonnegative().nullable()).optional(),
    }),
  }),
  z.object({
    game: z.literal('crash'),
    ...seeds,
    params: z.object({ bet: ZBet, cashoutAt: z.number().positive().nullable().optional() }),
  }),
]);
/** A verification request. */
export type VerifyRoundInput = z.infer<typeof ZVerifyRoundInput>;

/** The outcome of a crash round as far as randomness decides it. */
export interface CrashVerification {
  crashPoint: number;
  payout: number;
}

/** A recomputed round: the seed's commitment (compare with the hash shown before play) and the outcome. */
export type VerifiedRound =
  | { game: 'slots'; serverSeedHash: string; outcome: SlotSpin }
  | { game: 'rps'; serverSeedHash: string; outcome: RpsRound }
  | { game: 'gacha'; serverSeedHash: string; outcome: GachaPull }
  | { game: 'crash'; serverSeedHash: string; outcome: CrashVerification };

/** A crash round's crash point from its seeds (the round's first fair float); the API draws it with this, verification replays it. */
export function crashPointForSeeds(seeds: RoundSeeds, config: GameConfig['crash']): number {
  return crashPointFromFloat(drawUnit(createFairRandom(seeds)), config);
}

/**
 * Replays a round from revealed seeds. Pass the game config that was in effect when the round
 * was played (defaults to the shipped one): a changed paytable changes outcomes.
 */
export function verifyRound(input: VerifyRoundInput, config: GameConfig = DEFAULT_GAME_CONFIG): VerifiedRound {
  const rng = createFairRandom(input);
  const serverSeedHash = hashServerSeed(input.serverSeed);
  switch (input.game) {
    case 'slots':
      return { game: 'slots', serverSeedHash, outcome: spinSlots(input.params.bet, rng, config.slots) };
    case 'rps':
      return { game: 'rps', serverSeedHash, outcome: playRps(input.params.choice, input.params.bet, rng, config.rps) };
    case 'gacha': {
      const { count, pityCounter, poolStock } = input.params;
      return { game: 'gacha', serverSeedHash, outcome: pullGacha({ count, pityCounter, poolStock, rng, config: config.gacha }) };
    }
    case 'crash': {
      const crashPoint = crashPointForSeeds(input, config.crash);
      const payout = settleCrash({ bet: input.params.bet, crashPoint, cashoutAt: input.params.cashoutAt });
      return { game: 'crash', serverSeedHash, outcome: { crashPoint, payout } };
    }
  }
}
