import http from 'node:http';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../lib/logger.ts';

/**
 * A process's own /metrics endpoint (the worker's, the analytics process's): purchase metrics are decided here, not in the API.
 * A port already in use is logged and skipped rather than stopping the worker.
 */
export async function startMetricsServer(opts: { port: number; host: string; log: Logger; prefix?: string }): Promise<{ registry: Registry; close(): Promise<void> }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: opts.prefix ?? 'worker_' });
  const server = http.createServer(async (req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: 'Only /metrics here' } }));
      return;
    }
    try {
      res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
    } catch (err) {
      opts.log.warn({ err }, 'metrics collection failed');
      res.writeHead(500).end();
    }
  });
  const listening = opts.port === 0 ? false : await new Promise<boolean>((resolve) => {
    server.once('error', (err) => {
      opts.log.warn({ err: err.message, port: opts.port }, 'worker metrics endpoint not started');
      resolve(false);
    });
    server.listen(opts.port, opts.host, () => resolve(true));
  });
  if (listening) opts.log.info({ url: `http://${opts.host}:${opts.port}/metrics` }, 'worker metrics listening');
  return {
    registry,
    close: () => new Promise((resolve) => (listening ? server.close(() => resolve()) : resolve())),
  };
}
