import { Router } from 'express';
import type { RouterContext } from '../deps.ts';
import { authOf } from '../http/auth-guard.ts';
import { createRouteBuilder } from '../http/route.ts';

/**
 * `GET /api/events/stream`: server-sent events for the caller (purchase_update,
 * profile_update, limited_stock, crash ticks...). The web app's server proxies it with the
 * player's token; clients fall back to polling when the stream drops.
 */
export function createEventsRouter({ deps, registry, guards }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry, guards, mountPath: '/api/events' });

  route({
    method: 'get',
    path: '/stream',
    summary: "Server-sent events for the caller; 'ready' first, then events named by type",
    tags: ['realtime'],
    auth: 'user',
    responses: { 200: { description: 'text/event-stream' } },
    handler: async ({ req, stream }) => {
      const { sub } = authOf(req);
      // Fail closed before the stream opens: without Redis no event would ever come (EventSource retries).
      deps.dependencies.check('redis');
      const res = stream();
      res.status(200);
      res.setHeader('Content-Type', 'text/event-stream');
      res.setHeader('Cache-Control', 'no-cache, no-transform');
      res.setHeader('Connection', 'keep-alive');
      res.setHeader('X-Accel-Buffering', 'no');
      res.flushHeaders();
      await deps.realtime.attach(sub, res);
      res.write(`retry: 3000\nevent: ready\ndata: ${JSON.stringify({ user_id: sub })}\n\n`);
    },
  });

  return router;
}
