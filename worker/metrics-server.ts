import http from 'node:http';
import net from 'node:net';
import { Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../lib/logger.ts';

/** A TCP port free on 127.0.0.1 right now (for the Temporal SDK's exporter, which needs a fixed address). */
export async function freeLocalPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The worker's own /metrics endpoint: purchase metrics are decided here, not in the API. With
 * `sdkMetricsUrl` (the Temporal SDK's Prometheus exporter, bound to a local port), its
 * `temporal_*` metrics (workflow task and activity schedule-to-start and execution latencies,
 * slots, polls) are appended to every scrape, so one target carries both.
 * A port already in use is logged and skipped rather than stopping the worker.
 */
export async function startMetricsServer(opts: { port: number; host: string; log: Logger; sdkMetricsUrl?: string }): Promise<{ registry: Registry; close(): Promise<void> }> {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'worker_' });
  const server = http.createServer(async (req, res) => {
    if (req.url !== '/metrics') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not_found', message: 'Only /metrics here' } }));
      return;
    }
    try {
      const own = await registry.metrics();
      const sdk = opts.sdkMetricsUrl ? await scrapeSdk(opts.sdkMetricsUrl, opts.log) : '';
      res.writeHead(200, { 'content-type': registry.contentType }).end(sdk ? `${own.trimEnd()}\n${sdk}` : own);
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

/** The SDK exporter's text; a failed scrape is logged and leaves the SDK's part out of that one answer. */
async function scrapeSdk(url: string, log: Logger): Promise<string> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) throw new Error(`status ${res.status}`);
    return await res.text();
  } catch (err) {
    log.warn({ err: (err as Error).message, url }, 'temporal sdk metrics not scraped');
    return '';
  }
}
