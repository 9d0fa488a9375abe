import { Router } from 'express';
import { z } from 'zod';
import { banPlayer, unbanPlayer, ZReasonRequest } from '../../services/admin/ban-player.ts';
import { getPlayerDetail } from '../../services/admin/get-player-detail.ts';
import { grantGold, ZGrantGoldRequest } from '../../services/admin/grant-gold.ts';
import { searchPlayers, ZSearchPlayersQuery } from '../../services/admin/search-players.ts';
import { updatePlayer, ZUpdatePlayerRequest } from '../../services/admin/update-player.ts';
import { ZIdempotencyKey } from '../../services/shop/start-purchase.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { idempotencyKeyOf } from '../http/idempotency-key.ts';
import { createRouteBuilder } from '../http/route.ts';
import { ZPurchase } from './shop.ts';

/** A player as operators see them. */
export const ZAdminPlayer = z.object({
  id: z.string(),
  login_id: z.string(),
  nickname: z.string(),
  phone: z.string().nullable(),
  role: z.enum(['STANDARD', 'VIP', 'ADMIN']),
  vip_points: z.number().int(),
  gold_balance: z.number().int(),
  banned: z.boolean(),
  banned_at: z.string().nullable(),
  ban_reason: z.string().nullable(),
  last_seen_at: z.string().nullable(),
  created_at: z.string(),
});

const ZPlayerDetail = z.object({
  player: ZAdminPlayer,
  ledger: z.array(z.object({ id: z.string(), delta: z.number().int(), reason: z.string(), ref: z.string(), balance_after: z.number().int(), created_at: z.string() })),
  purchases: z.array(ZPurchase),
  rounds: z.array(z.object({ id: z.string(), game: z.string(), bet: z.number().int(), payout: z.number().int(), multiplier: z.number(), win: z.boolean(), created_at: z.string() })),
  sessions: z.array(
    z.object({
      session_id: z.string(),
      started_at: z.string(),
      last_used_at: z.string(),
      expires_at: z.string(),
      active: z.boolean(),
      user_agent: z.string().nullable(),
      ip: z.string().nullable(),
    }),
  ),
  segment: z.string().nullable().describe('RFM segment once segmentation runs'),
});

const ZGoldGrant = z.object({ grant_id: z.string(), user_id: z.string(), amount: z.number().int(), reason: z.string(), balance: z.number().int(), created_at: z.string() });
const ZPlayerParams = z.object({ id: z.uuid('must be a player id') });

/** Operators: find players, see one, edit, ban and unban them, grant them gold; every change audited. */
export function createAdminPlayersRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/admin/players' });

  route({
    method: 'get',
    path: '/',
    summary: 'Search players by id, receipt code, or the start of a login id or nickname; newest first, paged',
    tags: ['admin'],
    auth: 'admin',
    query: ZSearchPlayersQuery,
    responses: { 200: { description: 'A page', schema: z.object({ items: z.array(ZAdminPlayer), next_offset: z.number().int().nullable() }) } },
    handler: ({ query }) => searchPlayers(deps.prisma, query),
  });

  route({
    method: 'get',
    path: '/:id',
    summary: 'The player page: profile, balance, latest ledger entries, purchases, rounds and sessions',
    tags: ['admin'],
    auth: 'admin',
    params: ZPlayerParams,
    responses: { 200: { description: 'The player', schema: ZPlayerDetail } },
    errors: ['not_found'],
    handler: ({ params }) => getPlayerDetail(deps.prisma, params.id),
  });

  route({
    method: 'patch',
    path: '/:id',
    summary: 'Edit nickname, phone or role (a role change ends the player\'s access tokens at once)',
    tags: ['admin'],
    auth: 'admin',
    params: ZPlayerParams,
    body: ZUpdatePlayerRequest,
    responses: { 200: { description: 'The player', schema: ZAdminPlayer } },
    errors: ['not_found', 'nickname_taken'],
    handler: ({ req, params, body }) => updatePlayer(deps, { userId: params.id, adminId: authOf(req).sub, body }),
  });

  route({
    method: 'post',
    path: '/:id/ban',
    summary: 'Ban a player: every session ends at once (their access token is refused on its next request); login answers 403 account_banned',
    tags: ['admin'],
    auth: 'admin',
    params: ZPlayerParams,
    body: ZReasonRequest,
    responses: { 200: { description: 'The player', schema: ZAdminPlayer } },
    errors: ['not_found', 'cannot_ban_self'],
    handler: ({ req, params, body }) => banPlayer(deps, { userId: params.id, adminId: authOf(req).sub, reason: body.reason }),
  });

  route({
    method: 'post',
    path: '/:id/unban',
    summary: 'Lift a ban: the player may log in again',
    tags: ['admin'],
    auth: 'admin',
    params: ZPlayerParams,
    body: ZReasonRequest,
    responses: { 200: { description: 'The player', schema: ZAdminPlayer } },
    errors: ['not_found'],
    handler: ({ req, params, body }) => unbanPlayer(deps, { userId: params.id, adminId: authOf(req).sub, reason: body.reason }),
  });

  route({
    method: 'post',
    path: '/:id/grants',
    summary: 'Grant gold to one player (ledger reason admin_grant, ref = grant id); the same Idempotency-Key returns the same grant',
    tags: ['admin'],
    auth: 'admin',
    params: ZPlayerParams,
    body: ZGrantGoldRequest,
    headers: { 'Idempotency-Key': { description: 'Required. A retry with the same key returns the first grant.', required: true, schema: ZIdempotencyKey } },
    responses: {
      201: { description: 'Granted', schema: ZGoldGrant },
      200: { description: 'A retry: the first grant', schema: ZGoldGrant },
    },
    errors: ['not_found', 'player_banned', 'idempotency_key_reused'],
    handler: async ({ req, res, reply, params, body }) => {
      const { grant, replayed } = await grantGold(deps.prisma, { userId: params.id, adminId: authOf(req).sub, idempotencyKey: idempotencyKeyOf(req, true), body });
      if (replayed) res.setHeader('Idempotent-Replayed', 'true');
      reply(replayed ? 200 : 201, grant);
    },
  });

  return router;
}
