import { createRequire } from 'node:module';
import express, { Router } from 'express';
import { z } from 'zod';
import type { ApiDeps, RouterContext } from '../deps.ts';
import { API_INFO } from '../http/openapi.ts';
import { createRouteBuilder } from '../http/route.ts';

const ZCheck = z.object({ ok: z.boolean(), latencyMs: z.number(), error: z.string().optional() });
const ZReadiness = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({ postgres: ZCheck, redis: ZCheck, temporal: ZCheck, kafka: ZCheck }),
});
export type Readiness = z.infer<typeof ZReadiness>;
/** Not ready: the checks plus the standard error body. */
const ZUnready = ZReadiness.extend({
  error: z.object({ code: z.literal('service_unavailable'), message: z.string(), details: z.unknown().optional() }),
});

async function timed(fn: () => Promise<unknown>, timeoutMs: number): Promise<z.infer<typeof ZCheck>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (err) {
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: (err as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** Probes every dependency the API needs, in parallel, each with its own timeout. */
export async function checkReadiness(deps: ApiDeps, timeoutMs = 2_000): Promise<Readiness> {
  const [postgres, redis, temporal, kafka] = await Promise.all([
    timed(() => deps.prisma.$queryRaw`SELECT 1`, timeoutMs),
    timed(() => deps.redis.ping(), timeoutMs),
    timed(() => deps.temporal.connection.workflowService.getSystemInfo({}), timeoutMs),
    timed(() => deps.kafkaAdmin.describeCluster(), timeoutMs),
  ]);
  const checks = { postgres, redis, temporal, kafka };
  return { status: Object.values(checks).every((c) => c.ok) ? 'ready' : 'unavailable', checks };
}

/** Health, readiness, metrics and the API's own documentation. */
export function createSystemRouter({ deps, registry }: RouterContext): Router {
  const router = Router();
  const route = createRouteBuilder({ router, registry });

  route({
    method: 'get',
    path: '/healthz',
    summary: 'The process is up (liveness)',
    tags: ['system'],
    dependencies: 'none',
    responses: { 200: { description: 'Alive', schema: z.object({ status: z.literal('ok') }) } },
    handler: () => ({ status: 'ok' as const }),
  });

  route({
    method: 'get',
    path: '/readyz',
    summary: 'PostgreSQL, Redis, Temporal and Kafka are reachable (readiness)',
    tags: ['system'],
    // It answers for every dependency itself (its own 503), never with dependency_unavailable.
    dependencies: 'none',
    responses: {
      200: { description: 'Every dependency answered', schema: ZReadiness },
      503: { description: 'At least one dependency did not answer; each is named', schema: ZUnready },
    },
    errors: ['service_unavailable'],
    handler: async ({ reply }) => {
      const readiness = await checkReadiness(deps);
      if (readiness.status === 'ready') return readiness;
      const down = Object.entries(readiness.checks).filter(([, c]) => !c.ok).map(([name]) => name);
      reply(503, {
        ...readiness,
        error: { code: 'service_unavailable', message: `Unavailable: ${down.join(', ')}`, details: readiness.checks },
      });
    },
  });

  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', deps.metrics.registry.contentType);
    res.send(await deps.metrics.registry.metrics());
  });

  router.get('/openapi.json', (_req, res) => {
    res.json(registry.document(API_INFO));
  });

  // Swagger UI from the swagger-ui-dist package, served locally (no CDN).
  const require = createRequire(import.meta.url);
  const swaggerDir = (require('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_PAGE);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('js').send("window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui' });");
  });
  router.use('/docs/assets', express.static(swaggerDir, { index: false }));
  return router;
}

const DOCS_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Casino-Club API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body></html>`;
