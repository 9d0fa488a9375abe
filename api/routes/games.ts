import { Router, type RequestHandler } from 'express';
import { z } from 'zod';
import type { ErrorCode } from '../../lib/errors.ts';
import { enforceRateLimits } from '../../lib/rate-limit.ts';
import { cashOutCrashRound, ZCrashCashoutRequest } from '../../services/games/cash-out-crash-round.ts';
import type { CrashDeps } from '../../services/games/deps.ts';
import { loadGameConfig, type LoadedGameConfig } from '../../services/games/game-config.ts';
import { getActiveCrashRound, getCrashRound, listCrashRounds, ZListCrashRoundsQuery } from '../../services/games/get-crash-round.ts';
import { getGameStats } from '../../services/games/get-game-stats.ts';
import { listGameHistory, ZGameHistoryQuery } from '../../services/games/list-game-history.ts';
import { placeCrashBetOnce, ZCrashBetRequest } from '../../services/games/place-crash-bet.ts';
import { playRpsOnce, ZRpsPlayRequest } from '../../services/games/play-rps-round.ts';
import {
  getGachaStatus,
  listGachaPools,
  pullGachaOnce,
  setGachaPoolStock,
  ZGachaPullRequest,
  ZLimitableRarity,
  ZSetGachaPoolRequest,
} from '../../services/games/pull-gacha-round.ts';
import { spinSlotsOnce, ZSlotsSpinRequest } from '../../services/games/spin-slots-round.ts';
import { ZIdempotencyKey } from '../../services/shop/start-purchase.ts';
import {
  ZAdminCrashRoundView,
  ZCrashRoundView,
  ZGachaPullView,
  ZGachaStatusView,
  ZGameHistoryPage,
  ZGameStatsView,
  ZRpsPlayView,
  ZSlotsSpinView,
} from '../../services/games/views.ts';
import type { ApiDeps, RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import type { ResponseHeaders } from '../http/route.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZRoundIdParams = z.object({ round_id: z.string().uuid() });
const ZGachaPool = z.object({ rarity: z.enum(['Rare', 'Epic', 'Legendary']), stock: z.number().int().nullable() });

/**
 * Per-player limit on game actions (Redis fixed window, GAME_RATE_LIMIT_*): 429 `rate_limited`
 * with Retry-After. Cashouts count in a bucket of their own, so spinning can never stop a
 * player from cashing out a crash round.
 */
function gameRateLimit(deps: ApiDeps, bucket: 'play' | 'cashout'): RequestHandler {
  return async (req, _res, next) => {
    try {
      await enforceRateLimits(deps.redis, [
        { key: `games:${bucket}:${authOf(req).sub}`, limit: deps.config.GAME_RATE_LIMIT_PER_WINDOW, windowSeconds: deps.config.GAME_RATE_LIMIT_WINDOW_SECONDS },
      ]);
      next();
    } catch (err) {
      next(err);
    }
  };
}

/** The optional Idempotency-Key of a play (checked against its pattern by the route). */
const playKeyHeader = {
  'Idempotency-Key': {
    description:
      'Optional. The same key returns the same round (no second play, gold moved once), with Idempotent-Replayed: true; the same key with another request is 422 idempotency_key_reused. Send a fresh key per play and the same one when retrying it.',
    required: false,
    schema: ZIdempotencyKey,
  },
};

/** Marks a replayed play and hands its view on. */
function answered<V>(res: ResponseHeaders, { view, replayed }: { view: V; replayed: boolean }): V {
  if (replayed) res.setHeader('Idempotent-Replayed', 'true');
  return view;
}

/** camelCase keys to snake_case, recursively; keys that start upper-case (rarities, tiers) stay as they are. */
function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(snakeKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [/^[a-z]/.test(k) ? k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) : k, snakeKeys(v)]),
  );
}

/** The validated game config for the API process (refuses to start on an off-target paytable). */
export function gamesDepsOf(deps: ApiDeps, games: LoadedGameConfig = loadGameConfig(deps.config.GAME_CONFIG)): CrashDeps {
  return { prisma: deps.prisma, redis: deps.redis, config: deps.config, temporal: deps.temporal, log: deps.log, games };
}

/** Slots, rock-paper-scissors, gacha and crash; game history and stats. */
export function createGamesRouter({ deps, registry, guards }: RouterContext, games: LoadedGameConfig = loadGameConfig(deps.config.GAME_CONFIG)): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/games' });
  const gameDeps = gamesDepsOf(deps, games);
  const { slots, rps, crash } = games.config;
  const play = gameRateLimit(deps, 'play');
  const betErrors: ErrorCode[] = ['insufficient_funds', 'bet_out_of_range', 'rate_limited', 'service_unavailable'];

  route({
    method: 'get',
    path: '/config',
    summary: 'The rules in force: bet limits, slots paytable, RPS multipliers, gacha costs/rates/limits, crash curve',
    tags: ['games'],
    dependencies: 'none',
    responses: { 200: { description: 'The game config (keys in snake_case; rarity and tier names as they are)', schema: z.object({ config: z.record(z.string(), z.unknown()), config_hash: z.string() }) } },
    handler: () => ({ config: snakeKeys(games.config) as Record<string, unknown>, config_hash: games.hash }),
  });

  route({
    method: 'post',
    path: '/slots/spin',
    summary: `Spin the slots (one transaction: bet, outcome, payout, history). Bet ${slots.minBet}-${slots.maxBet}; long-run return 0.92`,
    tags: ['games'],
    auth: 'user',
    before: [play],
    body: ZSlotsSpinRequest,
    headers: playKeyHeader,
    responses: { 200: { description: 'The spin (a retry with its Idempotency-Key: the same spin)', schema: ZSlotsSpinView } },
    errors: [...betErrors, 'idempotency_key_reused'],
    handler: async ({ req, res, body }) => answered(res, await spinSlotsOnce(gameDeps, authOf(req).sub, body, req.get('idempotency-key'))),
  });

  route({
    method: 'post',
    path: '/rps/play',
    summary: `Rock-paper-scissors against the house: win 1.85×, draw returns the stake (5% edge). Bet ${rps.minBet}-${rps.maxBet}`,
    tags: ['games'],
    auth: 'user',
    before: [play],
    body: ZRpsPlayRequest,
    headers: playKeyHeader,
    responses: {
      200: { description: 'The throw (a retry with its Idempotency-Key: the same throw)', schema: ZRpsPlayView },
    },
    errors: [...betErrors, 'invalid_choice', 'idempotency_key_reused'],
    handler: async ({ req, res, body }) => answered(res, await playRpsOnce(gameDeps, authOf(req).sub, body, req.get('idempotency-key'))),
  });

  route({
    method: 'get',
    path: '/gacha/status',
    summary: "Today's gacha allowance (UTC day), the pity counter, costs and limited pools",
    tags: ['games'],
    auth: 'user',
    responses: { 200: { description: 'Status', schema: ZGachaStatusView } },
    handler: ({ req }) => getGachaStatus(gameDeps, authOf(req).sub),
  });

  route({
    method: 'post',
    path: '/gacha/pull',
    summary: `Pull 1 (${games.config.gacha.cost.single} gold) or 10 (${games.config.gacha.cost.ten}); ${games.config.gacha.dailyLimit.STANDARD}/day STANDARD, ${games.config.gacha.dailyLimit.VIP}/day VIP (a 10-pull counts once); pity at ${games.config.gacha.pityAt}`,
    tags: ['games'],
    auth: 'user',
    before: [play],
    body: ZGachaPullRequest,
    headers: playKeyHeader,
    responses: {
      200: { description: '{ items, daily_remaining, cost_used, ... } (a retry with its Idempotency-Key: the same pull)', schema: ZGachaPullView },
    },
    errors: ['insufficient_funds', 'daily_gacha_limit', 'rate_limited', 'service_unavailable', 'idempotency_key_reused'],
    handler: async ({ req, res, body }) => answered(res, await pullGachaOnce(gameDeps, authOf(req).sub, body, req.get('idempotency-key'))),
  });

  route({
    method: 'post',
    path: '/crash/bet',
    summary: `Start a crash round: the stake is taken now; the multiplier rises from started_at (growth ${crash.growthPerSecond}/s) until the crash point (7% edge, cap ${crash.maxMultiplier}×). Live: crash_tick / crash_update on /api/events/stream`,
    tags: ['games', 'crash'],
    auth: 'user',
    before: [play],
    body: ZCrashBetRequest,
    headers: playKeyHeader,
    status: 201,
    responses: {
      201: { description: 'The running round (Location: /api/games/crash/rounds/{round_id})', schema: ZCrashRoundView },
      200: { description: 'A retry with its Idempotency-Key: the round that bet placed, as it is now', schema: ZCrashRoundView },
    },
    errors: [...betErrors, 'round_active', 'invalid_auto_cashout', 'idempotency_key_reused'],
    handler: async ({ req, res, body, reply }) => {
      const { view, replayed } = await placeCrashBetOnce(gameDeps, authOf(req).sub, body, req.get('idempotency-key'));
      res.setHeader('Location', `/api/games/crash/rounds/${view.round_id}`);
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      reply(replayed ? 200 : 201, view);
    },
  });

  route({
    method: 'post',
    path: '/crash/cashout',
    summary: 'Cash out the running crash round (a Workflow Update); the server clock decides whether it beat the crash. Answers the settlement',
    tags: ['games', 'crash'],
    auth: 'user',
    before: [gameRateLimit(deps, 'cashout')],
    body: ZCrashCashoutRequest,
    responses: {
      200: { description: 'The settled round: status cashed_out (payout) or crashed (payout 0); repeated cashouts get the same answer', schema: ZCrashRoundView },
    },
    errors: ['no_active_round', 'cashout_too_early', 'rate_limited'],
    handler: ({ req, body }) => cashOutCrashRound(gameDeps, authOf(req).sub, { roundId: body?.round_id, requestedAtMs: req.receivedAtMs }),
  });

  route({
    method: 'get',
    path: '/crash/active',
    summary: "The caller's running crash round (for a client that reconnects)",
    tags: ['games', 'crash'],
    auth: 'user',
    responses: { 200: { description: 'The running round', schema: ZCrashRoundView } },
    errors: ['no_active_round'],
    handler: ({ req }) => getActiveCrashRound(gameDeps, authOf(req).sub),
  });

  route({
    method: 'get',
    path: '/crash/rounds/:round_id',
    summary: 'One of the caller\'s crash rounds (the crash point once it is over)',
    tags: ['games', 'crash'],
    auth: 'user',
    params: ZRoundIdParams,
    responses: { 200: { description: 'The round', schema: ZCrashRoundView } },
    errors: ['not_found'],
    handler: ({ req, params }) => getCrashRound(gameDeps, authOf(req).sub, params.round_id),
  });

  route({
    method: 'get',
    path: '/history',
    summary: "The caller's finished rounds, newest first (?game=slots|rps|gacha|crash&cursor=&limit=)",
    tags: ['games'],
    auth: 'user',
    query: ZGameHistoryQuery,
    responses: { 200: { description: 'A page of rounds', schema: ZGameHistoryPage } },
    handler: ({ req, query }) => listGameHistory(deps.prisma, authOf(req).sub, query),
  });

  route({
    method: 'get',
    path: '/stats/me',
    summary: "The caller's totals: games played, wins, gold wagered and won, highest multiplier; overall and per game",
    tags: ['games'],
    auth: 'user',
    responses: { 200: { description: 'Stats', schema: ZGameStatsView } },
    handler: ({ req }) => getGameStats(deps.prisma, authOf(req).sub),
  });

  return router;
}

/** Operators: recent crash rounds and the gacha's limited pools. */
export function createGamesAdminRouter({ deps, registry, guards }: RouterContext, games: LoadedGameConfig = loadGameConfig(deps.config.GAME_CONFIG)): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/games' });

  route({
    method: 'get',
    path: '/crash/rounds',
    summary: 'Recent crash rounds, newest first, with crash points (?status=&user_id=&before=&limit=)',
    tags: ['admin', 'crash'],
    auth: 'admin',
    query: ZListCrashRoundsQuery,
    responses: { 200: { description: 'Rounds', schema: z.object({ items: z.array(ZAdminCrashRoundView) }) } },
    handler: ({ query }) => listCrashRounds({ prisma: deps.prisma, games }, query),
  });

  route({
    method: 'get',
    path: '/gacha/pools',
    summary: 'Stock of the limited gacha pools (null = unlimited)',
    tags: ['admin', 'games'],
    auth: 'admin',
    responses: { 200: { description: 'Pools', schema: z.object({ pools: z.array(ZGachaPool) }) } },
    handler: async () => ({ pools: await listGachaPools(deps.prisma) }),
  });

  route({
    method: 'put',
    path: '/gacha/pools/:rarity',
    summary: 'Set a rarity\'s shared stock (null = unlimited); an exhausted rarity falls back to Common',
    tags: ['admin', 'games'],
    auth: 'admin',
    params: z.object({ rarity: ZLimitableRarity }),
    body: ZSetGachaPoolRequest,
    responses: { 200: { description: 'The pool', schema: ZGachaPool } },
    handler: ({ params, body }) => setGachaPoolStock(deps.prisma, params.rarity, body.stock),
  });

  return router;
}
