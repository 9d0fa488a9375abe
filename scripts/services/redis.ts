// Redis from Debian's redis-server. Nothing in Redis must survive (see
// docs/architecture.md), so persistence is off. Layout: <dataDir>/redis/redis.log.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { assertPortFree, seconds, startProcess, waitHealthy, type Log, type ServiceProcess } from './util.ts';

export function redisUrl(port: number): string {
  return `redis://127.0.0.1:${port}`;
}

async function probe(url: string): Promise<void> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
    const pong = await client.ping();
    if (pong !== 'PONG') throw new Error(`unexpected PING reply ${pong}`);
  } finally {
    client.disconnect();
  }
}

/** Health check of an existing server: PING. */
export async function checkRedis(url: string, timeoutMs = 90_000): Promise<void> {
  await waitHealthy('redis', () => probe(url), { timeoutMs });
}

export async function startRedis(opts: {
  dataDir: string;
  port: number;
  redisServer: string;
  log: Log;
  timeoutMs?: number;
}): Promise<ServiceProcess> {
  const t0 = Date.now();
  const dir = path.join(opts.dataDir, 'redis');
  const logFile = path.join(dir, 'redis.log');
  await assertPortFree('redis', opts.port, 'another stack running? set REDIS_URL to use an existing server');
  await fs.mkdir(dir, { recursive: true });
  const proc = await startProcess({
    name: 'redis',
    cmd: opts.redisServer,
    args: [
      '--port', String(opts.port),
      '--bind', '127.0.0.1',
      '--dir', dir,
      '--save', '',
      '--appendonly', 'no',
      '--daemonize', 'no',
    ],
    logFile,
    cwd: dir,
  });
  try {
    await waitHealthy('redis', () => probe(redisUrl(opts.port)), { timeoutMs: opts.timeoutMs ?? 20_000, proc, intervalMs: 100 });
  } catch (err) {
    await proc.stop();
    throw err;
  }
  opts.log(`redis: started in ${seconds(t0)} (port ${opts.port}, log ${logFile})`);
  return proc;
}
