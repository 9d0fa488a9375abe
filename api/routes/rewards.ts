import { Router } from 'express';
import { claimStreak, getStreak, setStreakProtection, ZStreakClaim, ZStreakProtectionRequest, ZStreakView } from '../../services/rewards/streak.ts';
import { claimVip, getVip, ZVipClaim, ZVipView } from '../../services/rewards/vip.ts';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

/** Daily rewards: the login streak (with its calendar and protection) and the VIP claim. */
export function createRewardsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/rewards' });

  route({
    method: 'get',
    path: '/streak',
    summary: "The caller's streak, today's state, the next reward and the month's attendance calendar",
    tags: ['rewards'],
    auth: 'user',
    responses: { 200: { description: 'The streak', schema: ZStreakView } },
    handler: ({ req }) => getStreak(deps, authOf(req).sub),
  });

  route({
    method: 'post',
    path: '/streak/claim',
    summary: "Claim today's streak reward (150 gold, 500 more on day 7; one per UTC day)",
    tags: ['rewards'],
    auth: 'user',
    responses: { 200: { description: 'Paid', schema: ZStreakClaim } },
    errors: ['already_claimed'],
    handler: ({ req }) => claimStreak(deps, authOf(req).sub),
  });

  route({
    method: 'put',
    path: '/streak/protection',
    summary: 'Turn streak protection on or off (covers one missed day per 7 days)',
    tags: ['rewards'],
    auth: 'user',
    body: ZStreakProtectionRequest,
    responses: { 200: { description: 'The streak', schema: ZStreakView } },
    handler: ({ req, body }) => setStreakProtection(deps, authOf(req).sub, body.enabled),
  });

  route({
    method: 'get',
    path: '/vip',
    summary: "The caller's VIP points, tier, next tier and today's VIP claim",
    tags: ['rewards'],
    auth: 'user',
    responses: { 200: { description: 'VIP standing', schema: ZVipView } },
    handler: ({ req }) => getVip(deps, authOf(req).sub),
  });

  route({
    method: 'post',
    path: '/vip/claim',
    summary: "Claim today's VIP reward (scales with the points tier; VIP players only, once per UTC day)",
    tags: ['rewards'],
    auth: 'user',
    responses: { 200: { description: 'Paid', schema: ZVipClaim } },
    errors: ['vip_required', 'already_claimed'],
    handler: ({ req }) => claimVip(deps, authOf(req).sub),
  });

  return router;
}
