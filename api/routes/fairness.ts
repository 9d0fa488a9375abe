import { Router } from 'express';
import { getFairnessSeeds, rotateServerSeed, setClientSeed, ZRotateSeedRequest, ZSetClientSeedRequest } from '../../services/games/fairness-seeds.ts';
import { loadGameConfig, type LoadedGameConfig } from '../../services/games/game-config.ts';
import { verifyGameRound, ZVerifyRoundQuery } from '../../services/games/verify-game-round.ts';
import { ZFairnessSeedsView, ZRotateSeedView, ZVerifyRoundView } from '../../services/games/views.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

/**
 * Provable fairness: each round's floats are HMAC-SHA256(server seed, `client_seed:nonce:cursor`).
 * The server seed's SHA-256 is shown before use; rotating reveals it, and any round played
 * under a revealed seed can be recomputed here or offline (scripts/verify-round.ts).
 */
export function createFairnessRouter({ deps, registry, guards }: RouterContext, games: LoadedGameConfig = loadGameConfig(deps.config.GAME_CONFIG)): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/fairness' });

  route({
    method: 'get',
    path: '/seeds',
    summary: 'The active seed pair: server seed hash (commitment), client seed, next nonce; plus recently revealed seeds',
    tags: ['fairness'],
    auth: 'user',
    responses: { 200: { description: 'Seeds', schema: ZFairnessSeedsView } },
    handler: ({ req }) => getFairnessSeeds(deps.prisma, authOf(req).sub),
  });

  route({
    method: 'put',
    path: '/client-seed',
    summary: 'Choose the client seed for the next rounds (1-64 printable ASCII characters)',
    tags: ['fairness'],
    auth: 'user',
    body: ZSetClientSeedRequest,
    responses: { 200: { description: 'Seeds', schema: ZFairnessSeedsView } },
    handler: ({ req, body }) => setClientSeed(deps.prisma, authOf(req).sub, body.client_seed),
  });

  route({
    method: 'post',
    path: '/rotate',
    summary: 'Reveal the current server seed and commit a new one (nonce back to 0); optionally set a new client seed',
    tags: ['fairness'],
    auth: 'user',
    body: ZRotateSeedRequest,
    responses: {
      200: { description: 'The revealed seed and the new commitment', schema: ZRotateSeedView },
    },
    errors: ['round_in_progress'],
    handler: ({ req, body }) => rotateServerSeed(deps.prisma, authOf(req).sub, { clientSeed: body?.client_seed }),
  });

  route({
    method: 'get',
    path: '/verify',
    summary: 'Recompute a finished round from its revealed seeds (?round_id=); unrevealed seeds answer verifiable: false',
    tags: ['fairness'],
    auth: 'user',
    query: ZVerifyRoundQuery,
    responses: { 200: { description: 'Recorded vs recomputed outcome', schema: ZVerifyRoundView } },
    errors: ['not_found'],
    handler: ({ req, query }) => {
      const auth = authOf(req);
      return verifyGameRound({ prisma: deps.prisma, games }, { roundId: query.round_id, userId: auth.sub, isAdmin: auth.role === 'ADMIN' });
    },
  });

  return router;
}
