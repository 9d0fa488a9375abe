// `npm start` on a clone that never ran anything: no generated Prisma client, no web build, no
// SvelteKit types, no workflow bundle. The start entry point (scripts/start.mjs, exactly what
// `npm start` runs) must get through every one-shot step; `--check` stops it there instead of
// starting the long-running processes. It uses this run's backing services (as a developer's
// DATABASE_URL etc. would), with a database of its own so the seed touches no other test.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createPrisma } from '../../lib/db/client.ts';
import { DEFAULT_INVITE_CODE, SEED_ACCOUNTS, SEED_LIMITED_PACKAGE, SEED_PROMO_CODE, seed } from '../../prisma/seed.ts';
import { listLimitedPackages } from '../../services/limited/list-limited-packages.ts';
import { promoRefusal } from '../../services/limited/rules.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** What a fresh clone lacks: everything a build or an install produces. */
const NEVER_COPIED = ['generated', 'web/build', 'web/.svelte-kit', 'dist', '.data', '.test-data', 'node_modules', '.tools'];

/** The files a clone would have: tracked ones plus new ones not ignored (this tree's current text). */
function cloneFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\0')
    .filter(Boolean)
    .filter((f) => !NEVER_COPIED.some((d) => f === d || f.startsWith(`${d}/`)))
    .filter((f) => existsSync(path.join(ROOT, f)));
}

function runStart(cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.mjs', '--check'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm start on a fresh clone', () => {
  const stack = inject('stack');
  const database = `start_check_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const databaseUrl = (() => {
    const url = new URL(stack.DATABASE_URL);
    url.pathname = `/${database}`;
    return url.toString();
  })();
  let clone: string;

  beforeAll(async () => {
    clone = await mkdtemp(path.join(os.tmpdir(), 'casino-clone-'));
    // Timestamps kept: node_modules/.package-lock.json must stay newer than package-lock.json,
    // or the bootstrap would reinstall the shared node_modules.
    for (const file of cloneFiles()) {
      await mkdir(path.dirname(path.join(clone, file)), { recursive: true });
      await cp(path.join(ROOT, file), path.join(clone, file), { preserveTimestamps: true, verbatimSymlinks: true });
    }
    // What `npm ci` and the tool installer would produce, shared rather than installed again.
    await symlink(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'));
    await symlink(path.join(ROOT, '.tools'), path.join(clone, '.tools'));
    const admin = new pg.Client({ connectionString: stack.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
  });

  afterAll(async () => {
    if (clone) await rm(clone, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: stack.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  });

  it('generates the Prisma client first, then migrates, seeds and builds everything it serves', { timeout: 900_000 }, async () => {
    expect(existsSync(path.join(clone, 'generated'))).toBe(false);
    expect(existsSync(path.join(clone, 'web', 'build'))).toBe(false);
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CASINO_DATA_DIR: path.join(clone, '.data'),
      DATABASE_URL: databaseUrl,
      REDIS_URL: stack.REDIS_URL,
      KAFKA_BROKERS: stack.KAFKA_BROKERS,
      TEMPORAL_ADDRESS: stack.TEMPORAL_ADDRESS,
      TEMPORAL_NAMESPACE: stack.TEMPORAL_NAMESPACE,
    };
    const first = await runStart(clone, env);
    expect(first.output).toContain('[setup] Prisma client generated');
    expect(first.output).toMatch(/start check passed/);
    expect(first.code).toBe(0);
    expect(existsSync(path.join(clone, 'generated', 'prisma', 'client.ts'))).toBe(true);
    expect(existsSync(path.join(clone, 'web', 'build', 'handler.js'))).toBe(true);
    expect(existsSync(path.join(clone, 'dist', 'workflow-bundle.js'))).toBe(true);

    // What the seed promised is in the new database.
    const prisma = createPrisma(databaseUrl, 1);
    try {
      expect(await prisma.inviteCode.findUnique({ where: { code: DEFAULT_INVITE_CODE } })).not.toBeNull();
      const demo = await prisma.user.findUnique({ where: { loginId: SEED_ACCOUNTS.demo.loginId } });
      expect(demo?.role).toBe('STANDARD');
      expect((await prisma.user.findUnique({ where: { loginId: SEED_ACCOUNTS.admin.loginId } }))?.role).toBe('ADMIN');
      // The demo player sees the limited package on sale now, with stock, for a long while.
      const offers = await listLimitedPackages(prisma, { userId: demo!.id });
      const offer = offers.find((o) => o.code === SEED_LIMITED_PACKAGE.code);
      expect(offer).toMatchObject({ stock_left: SEED_LIMITED_PACKAGE.stockTotal, user_remaining: SEED_LIMITED_PACKAGE.perUserLimit, price_cents: 499 });
      expect(Date.parse(offer!.starts_at!)).toBeLessThanOrEqual(Date.now());
      expect(Date.parse(offer!.ends_at!) - Date.now()).toBeGreaterThan(300 * 86_400_000);
      // Its promo code applies to it now: 499 -> 449 cents.
      const promo = await prisma.promoCode.findUniqueOrThrow({ where: { code: SEED_PROMO_CODE.code } });
      expect(promoRefusal(promo, { packageCode: SEED_LIMITED_PACKAGE.code, priceCents: 499, now: new Date() })).toBeNull();
      expect(promo.discountCents).toBe(50);
    } finally {
      await prisma.$disconnect();
    }

    // Seeding again (every later start does) creates nothing twice.
    const again = createPrisma(databaseUrl, 1);
    try {
      expect(await seed(again, { startingGold: 1_000 })).toEqual({ created: [] });
      expect(await again.limitedPackage.count()).toBe(1);
      expect(await again.promoCode.count()).toBe(1);
      expect(await again.user.count()).toBe(2);
    } finally {
      await again.$disconnect();
    }
  });
});
