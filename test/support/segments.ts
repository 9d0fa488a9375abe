import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../lib/db/migrate.ts';
import type { PrismaClient } from '../../lib/db/client.ts';

/**
 * A database of the test file's own on the shared PostgreSQL, migrated: RFM scores every
 * player, so a file that asserts exact segments cannot share its players with other files.
 */
export async function createIsolatedDatabase(prefix: string): Promise<string> {
  const shared = inject('stack').DATABASE_URL;
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: shared });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(shared);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return url.toString();
}

/** Rows the seeded activity needs to satisfy game_rounds' foreign keys: one config version and one seed. */
async function roundPrerequisites(prisma: PrismaClient, ownerId: string): Promise<string> {
  await prisma.$executeRaw`INSERT INTO game_config_versions (hash, config) VALUES ('rfm-test', '{}') ON CONFLICT DO NOTHING`;
  const seedId = randomUUID();
  await prisma.$executeRaw`
    INSERT INTO fairness_seeds (id, user_id, server_seed, server_seed_hash, client_seed)
    VALUES (${seedId}::uuid, ${ownerId}::uuid, 'rfm-test', ${randomUUID().replaceAll('-', '')}, 'rfm-test')`;
  return seedId;
}

/** A player to seed with known activity, relative to now: rounds and purchases `daysAgo` days (+12 h) back. */
export interface SeededPlayer {
  name: string;
  rounds?: { daysAgo: number; count: number };
  purchases?: { daysAgo: number; cents: number }[];
}

/**
 * Inserts players and their rounds and purchases directly (known activity, no game logic).
 * Activity sits at `daysAgo` days and 12 hours before now, so whole days since it stay the
 * same for 12 hours. Returns the user id per name.
 */
export async function seedPlayers(prisma: PrismaClient, players: SeededPlayer[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const tag = randomUUID().slice(0, 6);
  for (const p of players) {
    const id = randomUUID();
    ids.set(p.name, id);
    await prisma.$executeRaw`
      INSERT INTO users (id, login_id, nickname, password_hash) VALUES (${id}::uuid, ${`rfm_${tag}_${p.name}`}, ${`RFM ${tag} ${p.name}`}, 'x')`;
  }
  const seedId = await roundPrerequisites(prisma, ids.values().next().value!);
  let nonce = 0;
  for (const p of players) {
    const userId = ids.get(p.name)!;
    if (p.rounds) {
      for (let i = 0; i < p.rounds.count; i++) {
        await prisma.$executeRaw`
          INSERT INTO game_rounds (id, user_id, game, bet, payout, multiplier, win, result, seed_id, server_seed_hash, client_seed, nonce, config_hash, created_at)
          VALUES (${randomUUID()}::uuid, ${userId}::uuid, 'slots', 10, 0, 0, false, '{}', ${seedId}::uuid, 'h', 'c', ${nonce++}, 'rfm-test',
                  now() - make_interval(days => ${p.rounds.daysAgo}, hours => 12))`;
      }
    }
    for (const [i, q] of (p.purchases ?? []).entries()) {
      const receipt = `CC-RFM${randomUUID().replaceAll('-', '').slice(0, 8).toUpperCase()}`;
      await prisma.$executeRaw`
        INSERT INTO purchases (receipt_code, user_id, product_id, idempotency_key, request_hash, gold, amount_cents, currency, status, workflow_id, created_at)
        VALUES (${receipt}, ${userId}::uuid, 1001, ${`rfm-${i}-${receipt}`}, 'h', 100, ${q.cents}, 'USD', 'success', ${`purchase:${receipt}`},
                now() - make_interval(days => ${q.daysAgo}, hours => 12))`;
    }
  }
  return ids;
}

/**
 * Generates `count` players with varied activity in one SQL statement (users, rounds and
 * purchases through data-modifying CTEs): player i played (i % 3) rounds, (i % 45) days and
 * 12 hours ago, and every 13th paid 199-796 cents then. Used by the kill test and bench/rfm.ts.
 */
export async function generatePlayers(prisma: PrismaClient, count: number): Promise<void> {
  const owner = randomUUID();
  const tag = randomUUID().slice(0, 6);
  await prisma.$executeRaw`INSERT INTO users (id, login_id, nickname, password_hash) VALUES (${owner}::uuid, ${`gen_${tag}_owner`}, ${`Gen ${tag} owner`}, 'x')`;
  const seedId = await roundPrerequisites(prisma, owner);
  await prisma.$executeRawUnsafe(GENERATE_PLAYERS_SQL, count, tag, seedId);
}

/** The one statement behind generatePlayers ($1 count, $2 tag, $3 fairness seed id). */
export const GENERATE_PLAYERS_SQL = `
  WITH u AS (
    INSERT INTO users (id, login_id, nickname, password_hash, created_at)
    SELECT gen_random_uuid(), 'gen_' || $2 || '_' || i, 'Gen ' || $2 || ' ' || i, 'x', now() - interval '60 days'
    FROM generate_series(1, $1::int) AS i
    RETURNING id, (substring(login_id from '[0-9]+$'))::int AS i),
  r AS (
    INSERT INTO game_rounds (id, user_id, game, bet, payout, multiplier, win, result, seed_id, server_seed_hash, client_seed, nonce, config_hash, created_at)
    SELECT gen_random_uuid(), u.id, 'slots', 10, 0, 0, false, '{}', $3::uuid, 'h', 'c', (u.i * 4 + k), 'rfm-test',
           now() - make_interval(days => u.i % 45, hours => 12)
    FROM u CROSS JOIN LATERAL generate_series(1, u.i % 3) AS k
    RETURNING 1),
  p AS (
    INSERT INTO purchases (receipt_code, user_id, product_id, idempotency_key, request_hash, gold, amount_cents, currency, status, workflow_id, created_at)
    SELECT 'CC-G' || $2 || lpad(u.i::text, 9, '0'), u.id, 1001, 'gen-' || u.i, 'h', 100, 199 * (1 + u.i % 4), 'USD', 'success',
           'purchase:gen-' || $2 || '-' || u.i, now() - make_interval(days => u.i % 45, hours => 12)
    FROM u WHERE u.i % 13 = 0
    RETURNING 1)
  SELECT (SELECT count(*) FROM u) AS users, (SELECT count(*) FROM r) AS rounds, (SELECT count(*) FROM p) AS purchases`;
