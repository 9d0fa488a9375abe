import { Router } from 'express';
import { z } from 'zod';
import { enforceRateLimits } from '../../lib/rate-limit.ts';
import { logIn, ZLogInRequest } from '../../services/accounts/log-in.ts';
import { logOut, logOutEverywhere, ZLogOutRequest } from '../../services/accounts/log-out.ts';
import { refreshSession, ZRefreshRequest } from '../../services/accounts/refresh-session.ts';
import { signUp, ZSignUpRequest } from '../../services/accounts/sign-up.ts';
import { getProfile, updateProfile, ZUpdateProfileRequest } from '../../services/accounts/update-profile.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { clientInfo } from '../http/client-info.ts';
import { createRouteBuilder } from '../http/route.ts';

export const ZProfile = z.object({
  id: z.string().uuid(),
  login_id: z.string(),
  nickname: z.string(),
  phone: z.string().nullable(),
  role: z.enum(['STANDARD', 'VIP', 'ADMIN']),
  vip_points: z.number().int(),
  gold_balance: z.number().int(),
  created_at: z.string(),
});
const ZTokens = z.object({
  access_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal('Bearer'),
  expires_in: z.number().int(),
  refresh_expires_at: z.string(),
});
const ZSession = z.object({ user: ZProfile, tokens: ZTokens });

/** Signup, login, refresh, logout and the player's own profile. */
export function createAuthRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/auth' });
  const { config, redis } = deps;
  const window = config.RATE_LIMIT_WINDOW_SECONDS;

  route({
    method: 'post',
    path: '/signup',
    summary: 'Create an account with an invite code; answers with the first session',
    tags: ['auth'],
    body: ZSignUpRequest,
    status: 201,
    responses: { 201: { description: 'Account created, starting gold granted', schema: ZSession } },
    errors: ['rate_limited', 'invite_code_invalid', 'login_id_taken', 'nickname_taken'],
    handler: async ({ req, body }) => {
      const client = clientInfo(req);
      await enforceRateLimits(redis, [
        { key: `signup:ip:${client.ip}`, limit: config.RATE_LIMIT_SIGNUP_PER_IP, windowSeconds: window },
        { key: `signup:acct:${body.login_id.toLowerCase()}`, limit: config.RATE_LIMIT_LOGIN_PER_ACCOUNT, windowSeconds: window },
        // Nothing else bounds account creation (each comes with starting gold): no Redis, no signup.
      ], { whenRedisDown: 'refuse' });
      return signUp(deps, body, client);
    },
  });

  route({
    method: 'post',
    path: '/login',
    summary: 'Log in; five failures lock the account for ten minutes (429 login_locked)',
    tags: ['auth'],
    body: ZLogInRequest,
    responses: { 200: { description: 'Logged in', schema: ZSession } },
    errors: ['rate_limited', 'invalid_credentials', 'login_locked', 'account_banned'],
    handler: async ({ req, body }) => {
      const client = clientInfo(req);
      await enforceRateLimits(redis, [
        { key: `login:ip:${client.ip}`, limit: config.RATE_LIMIT_LOGIN_PER_IP, windowSeconds: window },
        { key: `login:acct:${body.login_id.toLowerCase()}`, limit: config.RATE_LIMIT_LOGIN_PER_ACCOUNT, windowSeconds: window },
        // Fail open: the lockout after failed logins lives in PostgreSQL and still bounds guessing.
      ], { whenRedisDown: 'allow' });
      return logIn(deps, body, client);
    },
  });

  route({
    method: 'post',
    path: '/refresh',
    summary: 'Rotate a refresh token; presenting a rotated one revokes every session (401 refresh_token_reused)',
    tags: ['auth'],
    body: ZRefreshRequest,
    responses: { 200: { description: 'A new token pair', schema: z.object({ tokens: ZTokens }) } },
    errors: ['refresh_token_invalid', 'refresh_token_expired', 'refresh_token_reused', 'account_banned'],
    handler: async ({ req, body }) => ({ tokens: await refreshSession(deps, body.refresh_token, clientInfo(req)) }),
  });

  route({
    method: 'post',
    path: '/logout',
    summary: "End the caller's session",
    tags: ['auth'],
    auth: 'user',
    body: ZLogOutRequest,
    responses: { 204: { description: 'Logged out' } },
    handler: async ({ req, reply }) => {
      await logOut(deps, authOf(req));
      reply(204);
    },
  });

  route({
    method: 'post',
    path: '/logout-all',
    summary: 'End every session of the caller, on every device',
    tags: ['auth'],
    auth: 'user',
    responses: { 204: { description: 'Every session ended' } },
    handler: async ({ req, reply }) => {
      await logOutEverywhere(deps, authOf(req));
      reply(204);
    },
  });

  route({
    method: 'get',
    path: '/me',
    summary: "The caller's profile (the one profile read)",
    tags: ['auth'],
    auth: 'user',
    responses: { 200: { description: 'Profile', schema: ZProfile } },
    errors: ['not_found'],
    handler: ({ req }) => getProfile(deps.prisma, authOf(req).sub),
  });

  route({
    method: 'patch',
    path: '/me',
    summary: 'Edit nickname and phone',
    tags: ['auth'],
    auth: 'user',
    body: ZUpdateProfileRequest,
    responses: { 200: { description: 'Profile', schema: ZProfile } },
    errors: ['not_found', 'nickname_taken'],
    handler: ({ req, body }) => updateProfile(deps.prisma, authOf(req).sub, body),
  });

  return router;
}
