// Shared helpers of the service provisioning library: paths, progress output,
// child processes with log files, waiting, locks.
import { spawn, execFile, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants as fsConstants, createWriteStream, existsSync, openSync, closeSync, readSync, fstatSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Log = (line: string) => void;

/** Repository root (scripts/services/ is two levels below it). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Cached tools (git-ignored): Temporal CLI binary, Kafka jars. */
export const TOOLS_DIR = path.join(REPO_ROOT, '.tools');

export const defaultLog: Log = (line) => console.log(`[stack] ${line}`);

export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function seconds(sinceMs: number): string {
  return `${((Date.now() - sinceMs) / 1000).toFixed(1)}s`;
}

export async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** First executable named `name` on PATH, or undefined. */
export async function which(name: string, envPath = process.env.PATH ?? ''): Promise<string | undefined> {
  for (const dir of envPath.split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await fs.access(candidate, fsConstants.X_OK);
      const st = await fs.stat(candidate);
      if (st.isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  if (err === undefined) return 'unknown error';
  return String(err);
}

/** Last `lines` lines of a (log) file, for error messages. */
export function tailFile(file: string, lines = 20): string {
  try {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      const len = Math.min(size, 16_384);
      const buf = Buffer.alloc(len);
      readSync(fd, buf, 0, len, size - len);
      let text = buf.toString('utf8');
      // Only the latest run: startProcess() writes a '===== <time> starting' header per start.
      const lastHeader = text.lastIndexOf('\n===== ');
      if (lastHeader >= 0) text = text.slice(lastHeader + 1);
      return text.split('\n').slice(-lines - 1).join('\n').trimEnd();
    } finally {
      closeSync(fd);
    }
  } catch {
    return '';
  }
}

/** Run a command to completion; stdout+stderr are appended to `logFile` when given. Rejects on non-zero exit. */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; logFile?: string; uid?: number; gid?: number } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = opts.logFile ? createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
    const spawnOpts: SpawnOptions = {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', out ? 'pipe' : 'inherit', out ? 'pipe' : 'inherit'],
    };
    if (opts.uid !== undefined) spawnOpts.uid = opts.uid;
    if (opts.gid !== undefined) spawnOpts.gid = opts.gid;
    out?.write(`\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, spawnOpts);
    trackChild(child, 'SIGTERM');
    if (out) {
      child.stdout?.pipe(out, { end: false });
      child.stderr?.pipe(out, { end: false });
    }
    child.on('error', (err) => {
      out?.end();
      reject(err);
    });
    child.on('close', (code, signal) => {
      untrackChild(child);
      const finish = () => {
        if (code === 0) resolve();
        else {
          const where = opts.logFile ? `; see ${opts.logFile}` : '';
          const tail = opts.logFile ? tailFile(opts.logFile, 15) : '';
          reject(new Error(`\`${cmd} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`})${where}${tail ? `\n${tail}` : ''}`));
        }
      };
      if (out) out.end(finish);
      else finish();
    });
  });
}

/** Run a command and return its stdout (stderr appended), without throwing on failure. */
export function capture(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { maxBuffer: 4 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, output: `${stdout}${stderr}` });
    });
  });
}

// ---------------------------------------------------------------------------
// Child process bookkeeping: whatever this process started is killed when it
// exits, even if nobody called stop().

const tracked = new Map<ChildProcess, NodeJS.Signals>();
let hooksInstalled = false;

function killAllSync(): void {
  for (const child of tracked.keys()) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}

async function stopAllTracked(graceMs: number): Promise<void> {
  await Promise.all(
    [...tracked].map(async ([child, signal]) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        child.kill(signal);
      } catch {
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, graceMs);
      });
      await Promise.race([exited, timeout]);
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }),
  );
}

function installExitHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  process.on('exit', killAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const handler = () => {
      // If the program has its own handler for this signal it owns the
      // shutdown (and will call stop()); the 'exit' hook is the backstop.
      if (process.listenerCount(sig) > 1) return;
      // Otherwise stop the children cleanly (bounded), then die of the same
      // signal as we would have without this handler. A second signal kills
      // us at once (the listener is gone); the watchdogs then clean up.
      process.removeListener(sig, handler);
      void stopAllTracked(8_000).finally(() => process.kill(process.pid, sig));
    };
    process.on(sig, handler);
  }
}

export function trackChild(child: ChildProcess, gracefulSignal: NodeJS.Signals): void {
  installExitHooks();
  tracked.set(child, gracefulSignal);
}

export function untrackChild(child: ChildProcess): void {
  tracked.delete(child);
}

/**
 * A tiny detached shell loop that kills `childPid` if this (parent) process
 * disappears without cleaning up (e.g. SIGKILL, where no exit hook runs).
 * It ends by itself as soon as the child is gone.
 */
function spawnWatchdog(childPid: number, signal: NodeJS.Signals): void {
  const script =
    'while kill -0 "$1" 2>/dev/null && kill -0 "$2" 2>/dev/null; do sleep 2; done; ' +
    'if kill -0 "$2" 2>/dev/null; then kill -s "$3" "$2" 2>/dev/null; sleep 10; kill -9 "$2" 2>/dev/null; fi; exit 0';
  try {
    const w = spawn('sh', ['-c', script, 'watchdog', String(process.pid), String(childPid), signal.replace(/^SIG/, '')], {
      detached: true,
      stdio: 'ignore',
    });
    w.on('error', () => undefined);
    w.unref();
  } catch {
    /* best effort */
  }
}

export interface ServiceProcess {
  readonly name: string;
  readonly logFile: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited (never rejects). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  isRunning(): boolean;
  /** Graceful signal, wait up to `graceMs`, then SIGKILL. Idempotent. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Start a long-running service process. stdout/stderr go to `logFile`
 * (appended, with a header line per start). Not detached: it dies with the
 * terminal's process group, and the exit hooks above kill it otherwise.
 */
export async function startProcess(opts: {
  name: string;
  cmd: string;
  args: string[];
  logFile: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  uid?: number;
  gid?: number;
  /** Signal for a clean shutdown (default SIGTERM). */
  stopSignal?: NodeJS.Signals;
}): Promise<ServiceProcess> {
  const stopSignal = opts.stopSignal ?? 'SIGTERM';
  await fs.mkdir(path.dirname(opts.logFile), { recursive: true });
  const fd = openSync(opts.logFile, 'a');
  const header = `\n===== ${new Date().toISOString()} starting ${opts.name}: ${opts.cmd} ${opts.args.join(' ')}\n`;
  await fs.appendFile(opts.logFile, header);
  const spawnOpts: SpawnOptions = {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    stdio: ['ignore', fd, fd],
    detached: false,
  };
  if (opts.uid !== undefined) spawnOpts.uid = opts.uid;
  if (opts.gid !== undefined) spawnOpts.gid = opts.gid;
  let child: ChildProcess;
  try {
    child = spawn(opts.cmd, opts.args, spawnOpts);
  } finally {
    closeSync(fd); // the child has its own copy
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      untrackChild(child);
      resolve({ code, signal });
    });
    child.on('error', (err) => {
      untrackChild(child);
      void fs.appendFile(opts.logFile, `failed to start ${opts.cmd}: ${err.message}\n`).catch(() => undefined);
      resolve({ code: -1, signal: null });
    });
  });
  trackChild(child, stopSignal);
  if (child.pid) spawnWatchdog(child.pid, stopSignal);

  let stopping: Promise<void> | undefined;
  const isRunning = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  return {
    name: opts.name,
    logFile: opts.logFile,
    child,
    exited,
    isRunning,
    stop(graceMs = 15_000) {
      stopping ??= (async () => {
        if (!isRunning()) return;
        child.kill(stopSignal);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), graceMs);
        });
        const result = await Promise.race([exited.then(() => 'exited' as const), timeout]);
        clearTimeout(timer);
        if (result === 'timeout' && isRunning()) {
          child.kill('SIGKILL');
          await exited;
        }
      })();
      return stopping;
    },
  };
}

/** Describe why a process ended, for error messages. */
export function describeExit(e: { code: number | null; signal: NodeJS.Signals | null }): string {
  return e.signal ? `was killed by ${e.signal}` : `exited with code ${e.code}`;
}

/**
 * Poll `probe` until it resolves, the process exits, or `timeoutMs` passes.
 * Errors name the service and point at its log file.
 */
export async function waitHealthy(
  name: string,
  probe: () => Promise<void>,
  opts: { timeoutMs: number; proc?: ServiceProcess; logFile?: string; intervalMs?: number },
): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const logFile = opts.logFile ?? opts.proc?.logFile;
  let lastError: unknown;
  for (;;) {
    if (opts.proc && !opts.proc.isRunning()) {
      const e = await opts.proc.exited;
      throw new Error(
        `${name} ${describeExit(e)} before it became healthy; see its log: ${logFile}\n${tailFile(logFile ?? '', 25)}`,
      );
    }
    try {
      await probe();
      return;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const where = logFile ? `; see its log: ${logFile}\n${tailFile(logFile, 25)}` : '';
      throw new Error(
        `${name} did not become healthy within ${Math.round(opts.timeoutMs / 1000)}s (last error: ${errorMessage(lastError)})${where}`,
      );
    }
    await sleep(opts.intervalMs ?? 250);
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isPortOpen(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Fail early, with a useful message, when a port we are about to bind is taken. */
export async function assertPortFree(service: string, port: number, hint: string): Promise<void> {
  if (await isPortOpen(port)) {
    throw new Error(`${service}: port ${port} on 127.0.0.1 is already in use (${hint})`);
  }
}

/**
 * Cross-process lock (a directory holding the owner's pid), so that two
 * processes never install the same tool at once. Stale locks (dead owner)
 * are taken over.
 */
export async function withLock<T>(name: string, log: Log, fn: () => Promise<T>, timeoutMs = 30 * 60_000): Promise<T> {
  const dir = path.join(TOOLS_DIR, 'locks', `${name}.lock`);
  await fs.mkdir(path.dirname(dir), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let announced = false;
  for (;;) {
    try {
      await fs.mkdir(dir);
      await fs.writeFile(path.join(dir, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number.parseInt(await fs.readFile(path.join(dir, 'pid'), 'utf8').catch(() => ''), 10);
      const ownerAlive = Number.isFinite(owner) && pidAlive(owner); // our own pid: another call in this process
      if (!ownerAlive) {
        // Either stale, or the owner is between mkdir and writing its pid: give it a moment.
        const st = await fs.stat(dir).catch(() => undefined);
        if (!st || Date.now() - st.mtimeMs > 5_000 || Number.isFinite(owner)) {
          await fs.rm(dir, { recursive: true, force: true });
          continue;
        }
      } else if (!announced) {
        log(`${name}: waiting for another process (pid ${owner}) that is installing it`);
        announced = true;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for lock ${dir}`);
      await sleep(500);
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Pids whose command line contains every one of `needles` (Linux /proc). */
export async function findProcesses(needles: string[]): Promise<number[]> {
  if (os.platform() !== 'linux' || !existsSync('/proc')) return [];
  const found: number[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const cmdline = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const words = cmdline.split('\0');
    if (needles.every((n) => words.some((w) => w.includes(n)))) found.push(pid);
  }
  return found;
}
