// The Temporal CLI dev server (`temporal server start-dev`) with a persistent
// SQLite file. Its configuration lives in <repo>/temporal/:
//   search-attributes.json  name -> type, the single source of custom search attributes
//   dynamic-config.json     dynamic config key -> JSON value (--dynamic-config-value)
// Layout: <dataDir>/temporal/{temporal.db, temporal.log}.
import fs from 'node:fs/promises';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { REPO_ROOT, assertPortFree, seconds, startProcess, waitHealthy, type Log, type ServiceProcess } from './util.ts';

export const TEMPORAL_CONFIG_DIR = path.join(REPO_ROOT, 'temporal');
export const TEMPORAL_NAMESPACE = 'default';

/** temporal.api.enums.v1.IndexedValueType */
const INDEXED_VALUE_TYPE = {
  Text: 1,
  Keyword: 2,
  Int: 3,
  Double: 4,
  Bool: 5,
  Datetime: 6,
  KeywordList: 7,
} as const;
export type SearchAttributeType = keyof typeof INDEXED_VALUE_TYPE;

export async function loadSearchAttributes(): Promise<Record<string, SearchAttributeType>> {
  const file = path.join(TEMPORAL_CONFIG_DIR, 'search-attributes.json');
  const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>;
  for (const [name, type] of Object.entries(parsed)) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`${file}: invalid search attribute name ${name}`);
    if (!(type in INDEXED_VALUE_TYPE)) {
      throw new Error(`${file}: ${name} has type ${type}; use one of ${Object.keys(INDEXED_VALUE_TYPE).join(', ')}`);
    }
  }
  return parsed as Record<string, SearchAttributeType>;
}

export async function loadDynamicConfig(): Promise<Record<string, unknown>> {
  const file = path.join(TEMPORAL_CONFIG_DIR, 'dynamic-config.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
}

async function withConnection<T>(address: string, fn: (c: Connection) => Promise<T>): Promise<T> {
  const connection = await Connection.connect({ address, connectTimeout: '3s' });
  try {
    return await fn(connection);
  } finally {
    await connection.close().catch(() => undefined);
  }
}

async function probe(address: string, namespace: string): Promise<void> {
  await withConnection(address, async (c) => {
    await c.workflowService.getSystemInfo({});
    await c.workflowService.describeNamespace({ namespace });
  });
}

/**
 * Registers any attribute of search-attributes.json that the namespace lacks.
 * Needed because `start-dev --search-attribute` only applies when the
 * namespace is created, i.e. on a fresh database file.
 */
export async function ensureSearchAttributes(address: string, namespace: string, log: Log): Promise<void> {
  const wanted = await loadSearchAttributes();
  await withConnection(address, async (c) => {
    const existing = await c.operatorService.listSearchAttributes({ namespace });
    const have = { ...(existing.customAttributes ?? {}) } as Record<string, number>;
    const missing: Record<string, number> = {};
    for (const [name, type] of Object.entries(wanted)) {
      const want = INDEXED_VALUE_TYPE[type];
      if (have[name] === undefined) missing[name] = want;
      else if (have[name] !== want) {
        log(`temporal: WARNING search attribute ${name} is registered with type #${have[name]}, not ${type}; leaving it as is`);
      }
    }
    if (Object.keys(missing).length === 0) return;
    log(`temporal: registering search attributes ${Object.keys(missing).join(', ')} in namespace '${namespace}'`);
    await c.operatorService.addSearchAttributes({ namespace, searchAttributes: missing });
    const after = await c.operatorService.listSearchAttributes({ namespace });
    const still = Object.keys(missing).filter((n) => after.customAttributes?.[n] === undefined);
    if (still.length > 0) throw new Error(`temporal: search attributes ${still.join(', ')} are still missing after registering them`);
  });
}

/** Health check of an existing server: getSystemInfo + describe the namespace; then make sure the search attributes exist. */
export async function checkTemporal(address: string, namespace: string, log: Log, timeoutMs = 90_000): Promise<void> {
  await waitHealthy('temporal', () => probe(address, namespace), { timeoutMs, intervalMs: 500 });
  await ensureSearchAttributes(address, namespace, log);
}

export async function startTemporal(opts: {
  dataDir: string;
  port: number;
  uiPort: number;
  /** The server's own Prometheus endpoint (`/metrics`); default: the UI port + 1. */
  metricsPort?: number;
  temporal: string;
  log: Log;
  timeoutMs?: number;
}): Promise<ServiceProcess> {
  const { log } = opts;
  const t0 = Date.now();
  const dir = path.join(opts.dataDir, 'temporal');
  const dbFile = path.join(dir, 'temporal.db');
  const logFile = path.join(dir, 'temporal.log');
  const hint = 'another stack running? set TEMPORAL_ADDRESS to use an existing server';
  await assertPortFree('temporal', opts.port, hint);
  await assertPortFree('temporal UI', opts.uiPort, hint);
  const metricsPort = opts.metricsPort ?? opts.uiPort + 1;
  await assertPortFree('temporal metrics', metricsPort, hint);
  await fs.mkdir(dir, { recursive: true });

  const args = [
    'server', 'start-dev',
    '--db-filename', dbFile,
    '--port', String(opts.port),
    '--ui-port', String(opts.uiPort),
    '--metrics-port', String(metricsPort),
    '--ip', '127.0.0.1',
    '--namespace', TEMPORAL_NAMESPACE,
    '--log-level', 'warn',
    '--color', 'never',
    // WAL with synchronous=normal: still durable when a process dies (only an OS crash can lose
    // the last commits), without an fsync per workflow task, which capped throughput at a few
    // purchases per second on this machine's disk.
    '--sqlite-pragma', 'journal_mode=wal',
    '--sqlite-pragma', 'synchronous=normal',
  ];
  for (const [name, type] of Object.entries(await loadSearchAttributes())) args.push('--search-attribute', `${name}=${type}`);
  for (const [key, value] of Object.entries(await loadDynamicConfig())) args.push('--dynamic-config-value', `${key}=${JSON.stringify(value)}`);

  const proc = await startProcess({ name: 'temporal', cmd: opts.temporal, args, logFile, cwd: dir });
  const address = `127.0.0.1:${opts.port}`;
  try {
    await waitHealthy('temporal', () => probe(address, TEMPORAL_NAMESPACE), {
      timeoutMs: opts.timeoutMs ?? 120_000,
      proc,
      intervalMs: 300,
    });
    await ensureSearchAttributes(address, TEMPORAL_NAMESPACE, log);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  log(`temporal: started in ${seconds(t0)} (gRPC ${address}, UI http://127.0.0.1:${opts.uiPort}, metrics http://127.0.0.1:${metricsPort}/metrics, log ${logFile})`);
  return proc;
}
