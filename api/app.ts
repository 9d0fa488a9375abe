import express, { type Express } from 'express';
import { runInRequestScope } from '../lib/request-scope.ts';
import type { ApiDeps, RouterContext } from './deps.ts';
import { createGuards } from './http/auth-guard.ts';
import { createErrorHandler, notFoundHandler, undecodablePathParams } from './http/errors.ts';
import { OpenApiRegistry } from './http/openapi.ts';
import { requestContext } from './http/request-context.ts';
import { createAdminAuditRouter } from './routes/admin-audit.ts';
import { createAdminCatalogRouter } from './routes/admin-catalog.ts';
import { createAdminStatsRouter } from './routes/admin-stats.ts';
import { createAdminGrantsRouter } from './routes/admin-grants.ts';
import { securityHeaders } from './http/security-headers.ts';
import { createAdminEventsRouter } from './routes/admin-events.ts';
import { createAdminLimitedRouter } from './routes/admin-limited.ts';
import { createAdminPlayersRouter } from './routes/admin-players.ts';
import { createAdminPurchasesRouter } from './routes/admin-purchases.ts';
import { createAdminSegmentsRouter } from './routes/admin-segments.ts';
import { createAnalyticsRouter } from './routes/analytics.ts';
import { createAuthRouter } from './routes/auth.ts';
import { createEngagementRouter } from './routes/engagement.ts';
import { createEventsRouter } from './routes/events.ts';
import { createFairnessRouter } from './routes/fairness.ts';
import { createGamesAdminRouter, createGamesRouter } from './routes/games.ts';
import { createLimitedRouter } from './routes/limited.ts';
import { createNotificationsRouter } from './routes/notifications.ts';
import { createRewardsRouter } from './routes/rewards.ts';
import { createShopRouter } from './routes/shop.ts';
import { createSystemRouter } from './routes/system.ts';
import { createWalletRouter } from './routes/wallet.ts';
import { createWiringRouter } from './routes/wiring.ts';

/** Builds the Express app over its dependencies; no listening, no globals (tests build their own). */
export function createApp(deps: ApiDeps): { app: Express; registry: OpenApiRegistry } {
  const app = express();
  const registry = new OpenApiRegistry(deps.config.NODE_ENV !== 'production');
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders());
  app.use(requestContext(deps.log));
  app.use(deps.metrics.middleware);
  // A grant batch names up to 10,000 player ids (~400 kB): only that route takes a larger body.
  app.use('/api/admin/grant-batches', express.json({ limit: '600kb' }));
  // Keep the exact bytes too: webhook signatures are computed over the raw body.
  app.use(
    express.json({
      limit: '100kb',
      verify: (req, _res, buf) => {
        (req as express.Request).rawBody = buf;
      },
    }),
  );
  // After the body parser: its stream callbacks would otherwise leave the scope behind.
  app.use((req, _res, next) => runInRequestScope({ requestId: req.id }, next));

  const ctx: RouterContext = { deps, registry, guards: createGuards(deps) };
  app.use(createSystemRouter(ctx));
  app.use('/api', createWiringRouter(ctx));
  app.use('/api/auth', createAuthRouter(ctx));
  app.use('/api/wallet', createWalletRouter(ctx));
  app.use('/api/events', createEventsRouter(ctx));
  // After the stream's router: `/api/events/stream` is matched there first.
  app.use('/api/events', createEngagementRouter(ctx, 'event'));
  app.use('/api/missions', createEngagementRouter(ctx, 'mission'));
  app.use('/api/rewards', createRewardsRouter(ctx));
  app.use('/api/admin/events', createAdminEventsRouter(ctx));
  app.use('/api/shop', createShopRouter(ctx));
  app.use('/api/admin/purchases', createAdminPurchasesRouter(ctx));
  app.use('/api/shop', createLimitedRouter(ctx));
  app.use('/api/admin/limited', createAdminLimitedRouter(ctx));
  app.use('/api/games', createGamesRouter(ctx));
  app.use('/api/fairness', createFairnessRouter(ctx));
  app.use('/api/admin/games', createGamesAdminRouter(ctx));
  app.use('/api/admin/segments', createAdminSegmentsRouter(ctx));
  app.use('/api', createAnalyticsRouter(ctx));
  app.use('/api', createNotificationsRouter(ctx));
  app.use('/api/admin/players', createAdminPlayersRouter(ctx));
  app.use('/api/admin/grant-batches', createAdminGrantsRouter(ctx));
  app.use('/api/admin/audit', createAdminAuditRouter(ctx));
  app.use('/api/admin/catalog', createAdminCatalogRouter(ctx));
  app.use('/api/admin/stats', createAdminStatsRouter(ctx));

  app.use(notFoundHandler);
  app.use(undecodablePathParams(registry));
  app.use(createErrorHandler(deps.dependencies));
  return { app, registry };
}
