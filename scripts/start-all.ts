// `npm start`: provisions and starts every service (PostgreSQL, Redis, Kafka, Temporal),
// migrates and seeds, starts the API, the worker and the web app, and prints the URLs.
// Ctrl-C stops everything it started. Data lives in .data/ (git-ignored) across restarts.
// scripts/start.mjs generates the Prisma client before this file loads (its imports need it).
//
// `npm start -- --check` runs every one-shot step (backing services, migrations, seed, workflow
// bundle, web build), then stops what it started and exits 0 instead of starting the API,
// worker, web app and sandbox: test/integration/start-fresh-clone.test.ts runs it on a copy of
// the tree that has never been built.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadOrCreateSigningKey } from '../lib/auth/keys.ts';
import { ZConfig } from '../lib/config.ts';
import { createPrisma } from '../lib/db/client.ts';
import { migrate } from '../lib/db/migrate.ts';
import { SEED_ACCOUNTS, SEED_LIMITED_PACKAGE, SEED_PROMO_CODE, DEFAULT_INVITE_CODE, seed } from '../prisma/seed.ts';
import { DEV_PORTS, startStack, type RunningStack } from './services/index.ts';
import { ROOT, buildWeb, say, step } from './lib/steps.ts';

const started = Date.now();
const log = (line: string) => say('start', line);
const DATA_DIR = path.resolve(process.env.CASINO_DATA_DIR ?? path.join(ROOT, '.data'));
const API_PORT = Number(process.env.API_PORT ?? 3000);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
const SANDBOX_PORT = Number(process.env.SANDBOX_PORT ?? 4010);
const CHECK_ONLY = process.argv.includes('--check');

// Fail at once, before anything slow, on a bad value the developer passed in.
const overrides = ZConfig.partial().safeParse(
  Object.fromEntries(
    ['DATABASE_URL', 'REDIS_URL', 'KAFKA_BROKERS', 'TEMPORAL_ADDRESS', 'API_PORT', 'LOG_LEVEL'].filter((k) => process.env[k] !== undefined).map((k) => [k, process.env[k]]),
  ),
);
if (!overrides.success) {
  const issue = overrides.error.issues[0]!;
  process.stderr.write(`configuration error: ${String(issue.path[0])}: ${issue.message}\n`);
  process.exit(1);
}

const children: { name: string; proc: ChildProcess }[] = [];
let stack: RunningStack | undefined;
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  log('stopping ...');
  await Promise.all(
    children.reverse().map(
      ({ name, proc }) =>
        new Promise<void>((resolve) => {
          if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
          const kill = setTimeout(() => proc.kill('SIGKILL'), 15_000);
          proc.once('exit', () => {
            clearTimeout(kill);
            log(`${name} stopped`);
            resolve();
          });
          proc.kill('SIGTERM');
        }),
    ),
  );
  await stack?.stop();
  log('everything stopped');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

/** Starts one of our processes with its output prefixed on the console and kept in .data/logs. */
async function startProcess(name: string, args: string[], env: Record<string, string>): Promise<void> {
  await mkdir(path.join(DATA_DIR, 'logs'), { recursive: true });
  const file = createWriteStream(path.join(DATA_DIR, 'logs', `${name}.log`), { flags: 'a' });
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [proc.stdout!, proc.stderr!]) {
    stream.pipe(file, { end: false });
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim() && /"level":(50|60)|error/i.test(line)) process.stdout.write(`[${name}] ${line}\n`);
    });
  }
  proc.on('exit', (code, signal) => {
    if (!stopping) {
      log(`${name} exited unexpectedly (${signal ?? code}); see ${path.relative(ROOT, path.join(DATA_DIR, 'logs', `${name}.log`))}`);
      void stopAll(1);
    }
  });
  children.push({ name, proc });
}

async function waitForHttp(name: string, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer ${url} within ${timeoutMs / 1000} s`);
}

try {
  const bundleStep = step('start', 'building the workflow bundle', async () => {
    const { buildWorkflowBundle } = await import('../worker/bundle.ts');
    await buildWorkflowBundle();
  });
  const webStep = step('start', 'building the web app (skipped when up to date)', () => buildWeb());
  stack = await startStack({ dataDir: DATA_DIR, ports: DEV_PORTS, log: (line) => say('stack', line) });
  await Promise.all([bundleStep, webStep]);

  const env: Record<string, string> = {
    ...stack.env,
    NODE_ENV: 'development',
    API_PORT: String(API_PORT),
    JWT_PRIVATE_KEY: await loadOrCreateSigningKey(DATA_DIR),
    ECONOMY_V2: process.env.ECONOMY_V2 ?? 'true',
    PAYMENT_PROVIDER_URL: `http://127.0.0.1:${SANDBOX_PORT}`,
    PAYMENT_PROVIDER_API_KEY: process.env.PAYMENT_PROVIDER_API_KEY ?? 'sk_test_casino_club_dev',
    PAYMENT_WEBHOOK_SECRETS: process.env.PAYMENT_WEBHOOK_SECRETS ?? 'whsec_casino_club_dev',
  };
  await step('start', 'migrating the database', async () => {
    const result = await migrate(env.DATABASE_URL!, (line) => log(`migrate: ${line}`));
    log(`migrations: ${result.applied.length} applied, ${result.alreadyApplied.length} already applied`);
  });
  await step('start', 'seeding', async () => {
    const prisma = createPrisma(env.DATABASE_URL!, 2);
    try {
      const { created } = await seed(prisma, { startingGold: Number(process.env.STARTING_GOLD ?? 1000) });
      log(created.length ? `seeded: ${created.join(', ')}` : 'seed data already present');
    } finally {
      await prisma.$disconnect();
    }
  });

  if (CHECK_ONLY) {
    log(`start check passed in ${((Date.now() - started) / 1000).toFixed(1)} s: services, migrations, seed and builds are ready (--check starts no api, worker, web or sandbox)`);
    await stopAll(0);
  }

  await step('start', 'starting the payment sandbox, api, worker and web', async () => {
    // The payment provider's sandbox: an outside party, faked, that posts webhooks to the API.
    await startProcess('provider', ['--import', 'tsx', 'provider/main.ts'], {
      SANDBOX_PORT: String(SANDBOX_PORT),
      SANDBOX_HOST: '127.0.0.1',
      SANDBOX_DEFAULT_API_KEY: env.PAYMENT_PROVIDER_API_KEY!,
      SANDBOX_DEFAULT_WEBHOOK_URL: `http://127.0.0.1:${API_PORT}/api/shop/webhook/payment`,
      SANDBOX_DEFAULT_WEBHOOK_SECRET: env.PAYMENT_WEBHOOK_SECRETS!.split(',')[0]!,
    });
    await startProcess('api', ['--import', 'tsx', 'api/main.ts'], env);
    await startProcess('worker', ['--import', 'tsx', 'worker/main.ts'], env);
    await startProcess('web', ['web/build'], {
      PORT: String(WEB_PORT),
      HOST: '127.0.0.1',
      ORIGIN: `http://127.0.0.1:${WEB_PORT}`,
      API_URL: `http://127.0.0.1:${API_PORT}`,
    });
    await waitForHttp('provider', `http://127.0.0.1:${SANDBOX_PORT}/healthz`);
    await waitForHttp('api', `http://127.0.0.1:${API_PORT}/readyz`);
    await waitForHttp('web', `http://127.0.0.1:${WEB_PORT}/`);
  });
} catch (err) {
  log(`FAILED: ${(err as Error).message}`);
  await stopAll(1);
}

const lines = [
  '',
  `Casino-Club is up (ready in ${((Date.now() - started) / 1000).toFixed(1)} s). Ctrl-C stops everything.`,
  '',
  `  Web app       http://127.0.0.1:${WEB_PORT}`,
  `  API           http://127.0.0.1:${API_PORT}   (docs: http://127.0.0.1:${API_PORT}/docs, OpenAPI: /openapi.json, metrics: /metrics)`,
  `  Temporal UI   ${stack!.env.TEMPORAL_UI_URL}`,
  `  Payments      http://127.0.0.1:${SANDBOX_PORT}   (sandbox; test cards in provider/README.md)`,
  `  Metrics       http://127.0.0.1:${API_PORT}/metrics (api), http://127.0.0.1:9464/metrics (worker, with the Temporal SDK's temporal_*),` +
    (process.env.TEMPORAL_ADDRESS ? '' : ` http://127.0.0.1:${DEV_PORTS.temporalUi + 1}/metrics (Temporal dev server)`),
  '',
  `  Log in as     ${SEED_ACCOUNTS.demo.loginId} / ${SEED_ACCOUNTS.demo.password}   (operator: ${SEED_ACCOUNTS.admin.loginId} / ${SEED_ACCOUNTS.admin.password})`,
  `  Invite code   ${DEFAULT_INVITE_CODE}`,
  `  Limited offer ${SEED_LIMITED_PACKAGE.code} (promo code ${SEED_PROMO_CODE.code})`,
  `  Logs          ${path.relative(ROOT, path.join(DATA_DIR, 'logs'))}/`,
  '',
];
process.stdout.write(lines.join('\n') + '\n');
