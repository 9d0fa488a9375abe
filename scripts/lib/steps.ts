import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'node_modules', '.bin');

/** Prints a progress line with a prefix. */
export const say = (prefix: string, line: string): void => {
  process.stdout.write(`[${prefix}] ${line}\n`);
};

/** Runs a command with inherited output; resolves on exit 0, rejects naming the step otherwise. */
export function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH}`, ...opts.env },
      stdio: opts.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else {
        if (opts.quiet) process.stderr.write(output);
        reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`));
      }
    });
  });
}

/** Runs one named step with timing output. */
export async function step<T>(prefix: string, name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  say(prefix, `${name} ...`);
  const result = await fn();
  say(prefix, `${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** True when `output` is missing or older than any file under `inputs`. */
export function isStale(output: string, inputs: string[]): boolean {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return inputs.some((i) => existsSync(i) && (statSync(i).isDirectory() ? newestMtime(i) : statSync(i).mtimeMs) > built);
}

/**
 * Generates the Prisma client. The CLI would try to download its native schema engine,
 * which is not needed for `generate`; pointing PRISMA_SCHEMA_ENGINE_BINARY anywhere skips that.
 */
export function generatePrisma(): Promise<void> {
  return run('prisma', ['generate'], {
    quiet: true,
    env: { PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(ROOT, 'prisma', 'schema.prisma') },
  });
}

/** Writes SvelteKit's generated types (needed before svelte-check and builds). */
export function syncWeb(): Promise<void> {
  return run('svelte-kit', ['sync'], { cwd: path.join(ROOT, 'web'), quiet: true });
}

/** Builds the web app for `node web/build` unless the build is newer than its sources. */
export async function buildWeb(force = false): Promise<boolean> {
  const web = path.join(ROOT, 'web');
  const stale = isStale(path.join(web, 'build', 'handler.js'), [
    path.join(web, 'src'),
    path.join(web, 'static'),
    path.join(web, 'svelte.config.js'),
    path.join(web, 'vite.config.ts'),
  ]);
  if (!force && !stale) return false;
  await run('vite', ['build', '--logLevel', 'warn'], { cwd: web, quiet: true });
  return true;
}
