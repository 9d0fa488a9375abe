import express, { type Express } from 'express';
import type { ApiDeps } from './deps.ts';
import { errorHandler, notFoundHandler } from './http/errors.ts';
import { OpenApiRegistry } from './http/openapi.ts';
import { requestContext } from './http/request-context.ts';
import { createSystemRouter } from './routes/system.ts';
import { createWiringRouter } from './routes/wiring.ts';

/** Builds the Express app over its dependencies; no listening, no globals (tests build their own). */
export function createApp(deps: ApiDeps): { app: Express; registry: OpenApiRegistry } {
  const app = express();
  const registry = new OpenApiRegistry();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContext(deps.log));
  app.use(deps.metrics.middleware);
  app.use(express.json({ limit: '100kb' }));

  app.use(createSystemRouter(deps, registry));
  app.use('/api', createWiringRouter(deps, registry));

  app.use(notFoundHandler);
  app.use(errorHandler);
  return { app, registry };
}
