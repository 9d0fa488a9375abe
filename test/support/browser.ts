// Helpers for browser tests: the built web app (`node web/build`) as a child process, and
// headless Chromium through playwright-core. The test runner builds web/build beforehand.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Response } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_BUILD = path.join(ROOT, 'web', 'build');

/** A running web app; `stop()` ends the process and waits for it. */
export interface RunningWeb {
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Runs `node web/build` on 127.0.0.1 against `apiUrl` and resolves once it answers HTTP.
 * The process's output is kept and shown if it fails to start.
 */
export async function startWeb({ apiUrl, port, env = {} }: { apiUrl: string; port?: number; env?: Record<string, string | undefined> }): Promise<RunningWeb> {
  if (!existsSync(path.join(WEB_BUILD, 'index.js'))) {
    throw new Error('web/build is missing: build the web app first (cd web && npx vite build)');
  }
  const webPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${webPort}`;
  const child = spawn(process.execPath, [WEB_BUILD], {
    cwd: ROOT,
    // `env` adds to or (with undefined) removes from these, e.g. ORIGIN for a run behind a TLS proxy.
    env: Object.fromEntries(
      Object.entries({ ...process.env, PORT: String(webPort), HOST: '127.0.0.1', ORIGIN: url, API_URL: apiUrl, NODE_ENV: 'production', ...env }).filter(([, v]) => v !== undefined),
    ),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited(child);
    clearTimeout(timer);
  };

  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`node web/build exited with ${child.exitCode}:\n${output}`);
    try {
      await fetch(`${url}/favicon.svg`, { signal: AbortSignal.timeout(1_000) });
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`node web/build did not answer on ${url} within 20 s:\n${output}`);
}

/** Headless Chromium (the system build) for browser tests. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Waits until SvelteKit has hydrated the current document (the root layout sets
 * `data-hydrated` on <html> in onMount). Before that a click can be lost or turn into a
 * native form post, and typed values can be reset by hydration.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 30_000 });
}

/** `page.goto` that returns only once the page it landed on (after redirects) is hydrated. */
export async function gotoHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

/** `page.reload` that returns only once the reloaded page is hydrated. */
export async function reloadHydrated(page: Page): Promise<void> {
  await page.reload();
  await waitForHydration(page);
}

/** Where browser tests leave their screenshots (kept by CI for a look after a run). */
export const SCREENSHOTS = path.resolve('.test-data', 'screenshots');

/** A full-page screenshot into SCREENSHOTS. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
}

/** Marks the window; `stillTheSamePage` is true only if the page was never reloaded since. */
export const markPage = (page: Page) => page.evaluate(() => ((globalThis as unknown as { stillTheSamePage: boolean }).stillTheSamePage = true));
/** True when the window marked by `markPage` is still the one shown (no reload, no full navigation). */
export const stillTheSamePage = (page: Page) => page.evaluate(() => (globalThis as unknown as { stillTheSamePage?: boolean }).stillTheSamePage === true);
