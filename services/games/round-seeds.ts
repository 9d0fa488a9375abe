import { generateClientSeed, generateServerSeed, hashServerSeed, type RoundSeeds } from '../../domain/games/fairness.ts';
import { hotQuery, type PrismaClient, type Tx } from '../../lib/db/client.ts';

/** The seeds of one round, plus which stored seed pair they came from. */
export interface TakenSeeds extends RoundSeeds {
  seedId: string;
  serverSeedHash: string;
}

/** A player's active (unrevealed) seed pair as stored. */
export interface ActiveSeedRow {
  id: string;
  server_seed: string;
  server_seed_hash: string;
  client_seed: string;
  next_nonce: number;
  created_at: Date;
}

/**
 * Creates the player's active seed pair if they have none: a fresh secret server seed whose
 * hash is committed before any round uses it, and a random client seed (or the one given).
 * Safe under concurrency: the partial unique index keeps one active pair per player.
 */
export async function createActiveSeed(db: Tx | PrismaClient, userId: string, clientSeed?: string): Promise<void> {
  const serverSeed = generateServerSeed();
  await db.$executeRaw`
    INSERT INTO fairness_seeds (user_id, server_seed, server_seed_hash, client_seed)
    VALUES (${userId}::uuid, ${serverSeed}, ${hashServerSeed(serverSeed)}, ${clientSeed ?? generateClientSeed()})
    ON CONFLICT (user_id) WHERE revealed_at IS NULL DO NOTHING`;
}

/**
 * Takes the next nonce of the player's active seed pair, inside the round's transaction. The
 * row stays locked until commit, so a player's rounds are serialized here (always before the
 * ledger locks the user row: one lock order everywhere), and a rolled-back round gives its
 * nonce back.
 */
export async function takeRoundSeeds(tx: Tx, userId: string): Promise<TakenSeeds> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const rows = await tx.$queryRaw<{ id: string; server_seed: string; server_seed_hash: string; client_seed: string; nonce: number }[]>`
      UPDATE fairness_seeds SET next_nonce = next_nonce + 1
      WHERE user_id = ${userId}::uuid AND revealed_at IS NULL
      RETURNING id::text, server_seed, server_seed_hash, client_seed, next_nonce - 1 AS nonce`;
    const row = rows[0];
    if (row) {
      return { seedId: row.id, serverSeed: row.server_seed, serverSeedHash: row.server_seed_hash, clientSeed: row.client_seed, nonce: row.nonce };
    }
    await createActiveSeed(tx, userId);
  }
  throw new Error(`could not create a seed pair for user ${userId}`);
}

/** The player's active seed pair, created on first use. */
export async function activeSeed(db: Tx | PrismaClient, userId: string, opts: { forUpdate?: boolean } = {}): Promise<ActiveSeedRow> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const rows = opts.forUpdate
      ? await db.$queryRaw<ActiveSeedRow[]>`
          SELECT id::text, server_seed, server_seed_hash, client_seed, next_nonce, created_at FROM fairness_seeds
          WHERE user_id = ${userId}::uuid AND revealed_at IS NULL FOR UPDATE`
      : await hotQuery(db)<ActiveSeedRow>`
          SELECT id::text, server_seed, server_seed_hash, client_seed, next_nonce, created_at FROM fairness_seeds
          WHERE user_id = ${userId}::uuid AND revealed_at IS NULL`;
    if (rows[0]) return rows[0];
    await createActiveSeed(db, userId);
  }
  throw new Error(`could not create a seed pair for user ${userId}`);
}

/**
 * The player's active seed pair and the nonce the next round will take, created on first use.
 * A plain read, no lock: the round's settle statement takes that nonce by compare-and-set.
 */
export async function readActiveSeed(db: Tx | PrismaClient, userId: string): Promise<TakenSeeds> {
  const row = await activeSeed(db, userId);
  return { seedId: row.id, serverSeed: row.server_seed, serverSeedHash: row.server_seed_hash, clientSeed: row.client_seed, nonce: row.next_nonce };
}

/**
 * The same, inside a transaction, with the seed row locked until it ends: a round replayed
 * after a lost nonce race waits here for the player's other rounds instead of racing them.
 */
export async function lockActiveSeed(tx: Tx, userId: string): Promise<TakenSeeds> {
  const row = await activeSeed(tx, userId, { forUpdate: true });
  return { seedId: row.id, serverSeed: row.server_seed, serverSeedHash: row.server_seed_hash, clientSeed: row.client_seed, nonce: row.next_nonce };
}
