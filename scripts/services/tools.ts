// Installs (once, cached) the programs the backing services need:
//   - the Temporal CLI (dev server), built with `go install` into .tools/bin
//   - the Kafka broker jars, fetched with Maven into .tools/kafka/libs
//   - redis-server and chromium, from Debian packages (apt, as root)
//   - promtool (alert rule tests), unpacked from the Debian `prometheus` package into .tools/bin
// Every step first checks whether the tool is already there.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  REPO_ROOT,
  TOOLS_DIR,
  capture,
  defaultLog,
  exists,
  findProcesses,
  isRoot,
  pidAlive,
  run,
  seconds,
  sleep,
  which,
  withLock,
  type Log,
} from './util.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Tried in order; later CLI tags cannot be built with `go install`. */
export const TEMPORAL_CLI_VERSIONS = ['v1.5.1', 'v1.5.0', 'v1.4.1', 'v1.3.0'] as const;
export const TEMPORAL_BIN_DIR = path.join(TOOLS_DIR, 'bin');
export const KAFKA_POM = path.join(REPO_ROOT, 'infra', 'kafka', 'pom.xml');
export const KAFKA_LIBS_DIR = path.join(TOOLS_DIR, 'kafka', 'libs');
const KAFKA_MARKER = path.join(KAFKA_LIBS_DIR, '.complete');
const MIN_JAVA = 17;
/** How many installs this process has done (to tell "all cached" from "installed something"). */
let installs = 0;

export interface ToolSelection {
  temporal?: boolean;
  kafka?: boolean;
  redis?: boolean;
  chromium?: boolean;
  promtool?: boolean;
}

export interface ToolPaths {
  temporal?: string;
  redisServer?: string;
  java?: string;
  kafkaLibs?: string;
  chromium?: string;
  promtool?: string;
}

// ---------------------------------------------------------------------------
// Temporal CLI

async function runsOk(bin: string): Promise<boolean> {
  const { code } = await capture(bin, ['--version']);
  return code === 0;
}

/** `temporal` on PATH, else <repo>/.tools/bin/temporal, if present and runnable. */
export async function findTemporal(): Promise<string | undefined> {
  const onPath = await which('temporal');
  if (onPath && (await runsOk(onPath))) return onPath;
  const local = path.join(TEMPORAL_BIN_DIR, 'temporal');
  if ((await exists(local)) && (await runsOk(local))) return local;
  return undefined;
}

async function findGo(): Promise<string | undefined> {
  return (await which('go')) ?? ((await exists('/usr/local/go/bin/go')) ? '/usr/local/go/bin/go' : undefined);
}

/** Wait for a `go install ...temporalio/cli...` that some other process started (e.g. a setup script). */
async function waitForForeignTemporalBuild(log: Log): Promise<void> {
  let pids = await findProcesses(['install', 'github.com/temporalio/cli']);
  if (pids.length === 0) return;
  const t0 = Date.now();
  log(`temporal: a build of the Temporal CLI is already running (pid ${pids.join(', ')}); waiting for it`);
  const deadline = Date.now() + 30 * 60_000;
  while (pids.some(pidAlive) && Date.now() < deadline) {
    await sleep(2000);
    pids = pids.filter(pidAlive);
  }
  log(`temporal: that build finished after ${seconds(t0)} more`);
}

export async function ensureTemporal(log: Log = defaultLog): Promise<string> {
  await waitForForeignTemporalBuild(log);
  const found = await findTemporal();
  if (found) return found;
  return withLock('temporal-cli', log, async () => {
    const again = await findTemporal();
    if (again) return again;
    const go = await findGo();
    if (!go) {
      throw new Error(
        'temporal: the Temporal CLI is not installed and cannot be built because `go` is missing. ' +
          'Install Go 1.25 or newer and put it on PATH (or place a Temporal CLI binary, v1.3 or newer, on PATH ' +
          `or at ${path.join(TEMPORAL_BIN_DIR, 'temporal')}), then run again.`,
      );
    }
    await fs.mkdir(TEMPORAL_BIN_DIR, { recursive: true });
    const logFile = path.join(TOOLS_DIR, 'temporal-install.log');
    const errors: string[] = [];
    for (const version of TEMPORAL_CLI_VERSIONS) {
      const t0 = Date.now();
      log(`temporal: building the Temporal CLI ${version} with go install (one-time, takes a few minutes; log: ${logFile})`);
      try {
        await run(go, ['install', `github.com/temporalio/cli/cmd/temporal@${version}`], {
          env: { ...process.env, GOBIN: TEMPORAL_BIN_DIR },
          logFile,
        });
        const bin = path.join(TEMPORAL_BIN_DIR, 'temporal');
        if (await runsOk(bin)) {
          installs++;
          log(`temporal: CLI ${version} built in ${seconds(t0)}`);
          return bin;
        }
        errors.push(`${version}: built but does not run`);
      } catch (err) {
        errors.push(`${version}: ${(err as Error).message.split('\n')[0]}`);
        log(`temporal: building ${version} failed after ${seconds(t0)}; trying the next version`);
      }
    }
    throw new Error(`temporal: could not build the Temporal CLI (see ${logFile}):\n  ${errors.join('\n  ')}`);
  });
}

// ---------------------------------------------------------------------------
// Java + Kafka jars

async function javaMajor(java: string): Promise<number | undefined> {
  const { code, output } = await capture(java, ['-version']);
  if (code !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!m) return undefined;
  const major = Number(m[1]);
  return major === 1 ? Number(m[2]) : major;
}

/** A `java` of version 17 or newer: $JAVA_HOME/bin/java, else the one on PATH. */
export async function findJava(): Promise<string | undefined> {
  const candidates = [
    process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : undefined,
    await which('java'),
  ].filter((c): c is string => !!c);
  for (const c of candidates) {
    const major = await javaMajor(c);
    if (major !== undefined && major >= MIN_JAVA) return c;
  }
  return undefined;
}

async function pomHash(): Promise<string> {
  return createHash('sha256').update(await fs.readFile(KAFKA_POM)).digest('hex');
}

async function kafkaLibsReady(): Promise<boolean> {
  const marker = await fs.readFile(KAFKA_MARKER, 'utf8').catch(() => '');
  return marker.trim() === (await pomHash());
}

export async function ensureKafkaLibs(log: Log = defaultLog): Promise<string> {
  if (await kafkaLibsReady()) return KAFKA_LIBS_DIR;
  return withLock('kafka-libs', log, async () => {
    if (await kafkaLibsReady()) return KAFKA_LIBS_DIR;
    const mvn = await which('mvn');
    if (!mvn) throw new Error('kafka: Maven (`mvn`) is needed once to fetch the Kafka jars; install it (Debian: apt-get install -y maven)');
    const t0 = Date.now();
    const logFile = path.join(TOOLS_DIR, 'kafka-install.log');
    log(`kafka: fetching the broker jars with Maven (${path.relative(REPO_ROOT, KAFKA_POM)}; log: ${logFile})`);
    const tmp = `${KAFKA_LIBS_DIR}.tmp-${process.pid}`;
    await fs.rm(tmp, { recursive: true, force: true });
    await fs.mkdir(path.dirname(KAFKA_LIBS_DIR), { recursive: true });
    await run(
      mvn,
      ['-q', '-B', '-f', KAFKA_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`, '-DincludeScope=runtime'],
      { logFile, cwd: REPO_ROOT },
    );
    const jars = (await fs.readdir(tmp)).filter((f) => f.endsWith('.jar'));
    if (!jars.some((j) => /^kafka_2\.13-.*\.jar$/.test(j))) {
      throw new Error(`kafka: Maven ran but no kafka_2.13 jar landed in ${tmp}; see ${logFile}`);
    }
    await fs.writeFile(path.join(tmp, '.complete'), await pomHash());
    await fs.rm(KAFKA_LIBS_DIR, { recursive: true, force: true });
    await fs.rename(tmp, KAFKA_LIBS_DIR);
    installs++;
    log(`kafka: ${jars.length} jars fetched in ${seconds(t0)}`);
    return KAFKA_LIBS_DIR;
  });
}

// ---------------------------------------------------------------------------
// Debian packages

async function findRedisServer(): Promise<string | undefined> {
  return (await which('redis-server')) ?? ((await exists('/usr/bin/redis-server')) ? '/usr/bin/redis-server' : undefined);
}

async function aptInstall(packages: string[], log: Log): Promise<void> {
  if (packages.length === 0) return;
  if (!isRoot()) {
    throw new Error(`missing system packages: ${packages.join(', ')}. Install them (Debian: sudo apt-get install -y ${packages.join(' ')}) and run again.`);
  }
  if (!(await which('apt-get'))) {
    throw new Error(`missing system packages: ${packages.join(', ')}, and apt-get is not available to install them`);
  }
  await withLock('apt', log, async () => {
    const t0 = Date.now();
    const logFile = path.join(TOOLS_DIR, 'apt.log');
    log(`tools: installing ${packages.join(', ')} with apt-get (log: ${logFile})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update'], { env, logFile });
    await run('apt-get', ['install', '-y', '-o', 'Dpkg::Options::=--force-confold', ...packages], { env, logFile });
    installs++;
    log(`tools: ${packages.join(', ')} installed in ${seconds(t0)}`);
  });
}

// ---------------------------------------------------------------------------
// promtool

/** Where the installer puts promtool (it never touches a system-wide install). */
export const PROMTOOL_PATH = path.join(TEMPORAL_BIN_DIR, 'promtool');

/** `promtool` on PATH, else <repo>/.tools/bin/promtool, if present and runnable. */
export async function findPromtool(): Promise<string | undefined> {
  const onPath = await which('promtool');
  if (onPath && (await runsOk(onPath))) return onPath;
  if ((await exists(PROMTOOL_PATH)) && (await runsOk(PROMTOOL_PATH))) return PROMTOOL_PATH;
  return undefined;
}

/** The version promtool reports, e.g. "2.42.0+ds". */
export async function promtoolVersion(bin: string): Promise<string | undefined> {
  const { output } = await capture(bin, ['--version']);
  return /version (\S+)/.exec(output)?.[1];
}

/**
 * promtool, for `promtool test rules` on infra/prometheus/alerts.yml. `go install` cannot build
 * it (the prometheus module has replace directives), so the binary comes out of the Debian
 * `prometheus` package: `apt-get download` (no root needed, nothing installed system-wide) and
 * `dpkg -x` into a scratch folder, keeping only usr/bin/promtool (it links libc only).
 */
export async function ensurePromtool(log: Log = defaultLog): Promise<string> {
  const found = await findPromtool();
  if (found) return found;
  return withLock('promtool', log, async () => {
    const again = await findPromtool();
    if (again) return again;
    if (!(await which('apt-get')) || !(await which('dpkg'))) {
      throw new Error(`promtool: not found, and apt-get/dpkg are not available to fetch it; put a promtool binary on PATH or at ${PROMTOOL_PATH}`);
    }
    const t0 = Date.now();
    const logFile = path.join(TOOLS_DIR, 'promtool-install.log');
    const scratch = path.join(TOOLS_DIR, `promtool.tmp-${process.pid}`);
    await fs.rm(scratch, { recursive: true, force: true });
    await fs.mkdir(scratch, { recursive: true });
    log(`promtool: fetching it from the Debian prometheus package (log: ${logFile})`);
    try {
      try {
        await run('apt-get', ['download', 'prometheus'], { cwd: scratch, logFile });
      } catch (err) {
        // No package lists yet (a fresh container): refresh them once, as root.
        if (!isRoot()) throw err;
        await run('apt-get', ['update'], { logFile, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
        await run('apt-get', ['download', 'prometheus'], { cwd: scratch, logFile });
      }
      const deb = (await fs.readdir(scratch)).find((f) => /^prometheus_.*\.deb$/.test(f));
      if (!deb) throw new Error(`promtool: apt-get download left no prometheus .deb in ${scratch}; see ${logFile}`);
      await run('dpkg', ['-x', deb, 'root'], { cwd: scratch, logFile });
      await fs.mkdir(TEMPORAL_BIN_DIR, { recursive: true });
      await fs.copyFile(path.join(scratch, 'root', 'usr', 'bin', 'promtool'), `${PROMTOOL_PATH}.tmp`);
      await fs.chmod(`${PROMTOOL_PATH}.tmp`, 0o755);
      await fs.rename(`${PROMTOOL_PATH}.tmp`, PROMTOOL_PATH);
    } finally {
      await fs.rm(scratch, { recursive: true, force: true });
    }
    if (!(await runsOk(PROMTOOL_PATH))) throw new Error(`promtool: ${PROMTOOL_PATH} was unpacked but does not run; see ${logFile}`);
    installs++;
    log(`promtool: ${await promtoolVersion(PROMTOOL_PATH)} ready in ${seconds(t0)}`);
    return PROMTOOL_PATH;
  });
}

// ---------------------------------------------------------------------------

let inFlight: Map<string, Promise<ToolPaths>> | undefined;

/**
 * Installs whatever is missing (Temporal CLI, Kafka jars, redis-server,
 * chromium, promtool; plus Java/Maven from apt if they are missing and we are root).
 * Cached: when everything is present it only checks and returns.
 */
export async function ensureTools(log: Log = defaultLog, select: ToolSelection = {}): Promise<ToolPaths> {
  const want = {
    temporal: select.temporal ?? true,
    kafka: select.kafka ?? true,
    redis: select.redis ?? true,
    chromium: select.chromium ?? true,
    promtool: select.promtool ?? true,
  };
  const key = JSON.stringify(want);
  inFlight ??= new Map();
  let p = inFlight.get(key);
  if (!p) {
    p = doEnsureTools(log, want).finally(() => inFlight?.delete(key));
    inFlight.set(key, p);
  }
  return p;
}

async function doEnsureTools(log: Log, want: Required<ToolSelection>): Promise<ToolPaths> {
  const t0 = Date.now();
  const installsBefore = installs;
  await fs.mkdir(TOOLS_DIR, { recursive: true });
  const apt: string[] = [];
  const paths: ToolPaths = {};

  if (want.redis) {
    paths.redisServer = await findRedisServer();
    if (!paths.redisServer) apt.push('redis-server');
  }
  if (want.chromium && !(await exists(CHROMIUM_PATH))) apt.push('chromium');
  if (want.kafka) {
    paths.java = await findJava();
    if (!paths.java) apt.push('default-jre-headless');
    if (!(await kafkaLibsReady()) && !(await which('mvn'))) apt.push('maven');
  }

  // The Temporal build (slow, network) runs while apt works.
  const temporal = want.temporal ? ensureTemporal(log) : Promise.resolve(undefined);
  temporal.catch(() => undefined); // handled below
  const aptDone = aptInstall(apt, log);
  const kafka = aptDone.then(() => (want.kafka ? ensureKafkaLibs(log) : undefined));
  kafka.catch(() => undefined);

  // promtool's download runs after apt-get install, so two apt runs never overlap.
  const promtool = aptDone.then(() => (want.promtool ? ensurePromtool(log) : undefined));
  promtool.catch(() => undefined);

  const results = await Promise.allSettled([aptDone, temporal, kafka, promtool]);
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => errorText(r.reason));
  if (failures.length > 0) throw new Error(`could not install the tools the stack needs:\n- ${failures.join('\n- ')}`);

  paths.temporal = (results[1] as PromiseFulfilledResult<string | undefined>).value;
  paths.kafkaLibs = (results[2] as PromiseFulfilledResult<string | undefined>).value;
  paths.promtool = (results[3] as PromiseFulfilledResult<string | undefined>).value;
  if (want.redis) {
    paths.redisServer = await findRedisServer();
    if (!paths.redisServer) throw new Error('redis-server is still missing after installing it');
  }
  if (want.kafka) {
    paths.java = await findJava();
    if (!paths.java) throw new Error(`kafka: Java ${MIN_JAVA} or newer is needed (Debian: apt-get install -y default-jre-headless)`);
  }
  if (want.chromium) {
    if (!(await exists(CHROMIUM_PATH))) throw new Error(`chromium is still missing at ${CHROMIUM_PATH} after installing it`);
    paths.chromium = CHROMIUM_PATH;
  }
  if (installs === installsBefore) log(`tools: all present, nothing to install (checked in ${seconds(t0)})`);
  else log(`tools: ready in ${seconds(t0)}`);
  return paths;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
