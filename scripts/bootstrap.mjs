// Plain JavaScript on purpose: this runs on a fresh clone before any dependency exists.
// It installs the npm dependencies when they are missing or stale, then runs a TypeScript
// entry point with tsx.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    console.error(`Casino-Club needs Node.js 20.19 or newer (this is ${process.versions.node}).`);
    process.exit(1);
  }
}

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureDependencies() {
  checkNode();
  const lock = path.join(ROOT, 'package-lock.json');
  const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  const started = Date.now();
  console.log('[setup] installing npm dependencies (npm ci) ...');
  const res = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    console.error('[setup] npm ci failed; see the output above.');
    process.exit(res.status ?? 1);
  }
  console.log(`[setup] npm dependencies installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Generates the Prisma client (generated/prisma, git-ignored) when it is missing or older than
 * the schema or the installed dependencies. It runs here, before any TypeScript entry point is
 * loaded, because their static imports (lib/db/client.ts, prisma/seed.ts, every service) need it:
 * a fresh clone has none, and no import order inside an entry point can then be wrong.
 */
export function ensurePrismaClient() {
  const client = path.join(ROOT, 'generated', 'prisma', 'client.ts');
  const inputs = [path.join(ROOT, 'prisma', 'schema.prisma'), path.join(ROOT, 'node_modules', '.package-lock.json')];
  if (existsSync(client) && inputs.every((i) => !existsSync(i) || statSync(i).mtimeMs <= statSync(client).mtimeMs)) return;
  const started = Date.now();
  console.log('[setup] generating the Prisma client ...');
  const res = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'prisma'), ['generate'], {
    cwd: ROOT,
    encoding: 'utf8',
    // The CLI would otherwise download its native schema engine, which `generate` does not need.
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(ROOT, 'prisma', 'schema.prisma') },
  });
  if (res.status !== 0) {
    process.stderr.write(`${res.stdout ?? ''}${res.stderr ?? ''}`);
    console.error('[setup] prisma generate failed; see the output above.');
    process.exit(res.status ?? 1);
  }
  console.log(`[setup] Prisma client generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Runs a TypeScript entry point of ours with tsx, forwards SIGINT/SIGTERM to it (so it can
 * stop what it started), and exits with its exit code.
 */
export function runTs(entry, args = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, entry), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      // A terminal's Ctrl-C reaches the child too; forwarding again is harmless.
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
