import { z } from 'zod';
import { ZClientSeed } from '../../domain/games/fairness.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { activeSeed, createActiveSeed, type ActiveSeedRow } from './round-seeds.ts';
import type { FairnessSeedsView, RotateSeedView } from './views.ts';

/** Body of `PUT /api/fairness/client-seed`. */
export const ZSetClientSeedRequest = z.object({ client_seed: ZClientSeed });
/** Body of `POST /api/fairness/rotate`: optionally the client seed to use with the new server seed. */
export const ZRotateSeedRequest = z.object({ client_seed: ZClientSeed.optional() }).optional();

const REVEALED_SHOWN = 10;

type RevealedRow = { server_seed: string; server_seed_hash: string; client_seed: string; next_nonce: number; created_at: Date; revealed_at: Date };

const revealedView = (r: RevealedRow) => ({
  server_seed: r.server_seed,
  server_seed_hash: r.server_seed_hash,
  client_seed: r.client_seed,
  rounds: r.next_nonce,
  created_at: r.created_at.toISOString(),
  revealed_at: r.revealed_at.toISOString(),
});

const currentView = (s: ActiveSeedRow) => ({
  server_seed_hash: s.server_seed_hash,
  client_seed: s.client_seed,
  next_nonce: s.next_nonce,
  created_at: s.created_at.toISOString(),
});

/** The caller's active seed pair (server seed as its hash only) and recently revealed seeds. */
export async function getFairnessSeeds(prisma: PrismaClient, userId: string): Promise<FairnessSeedsView> {
  const current = await activeSeed(prisma, userId);
  const revealed = await prisma.$queryRaw<RevealedRow[]>`
    SELECT server_seed, server_seed_hash, client_seed, next_nonce, created_at, revealed_at FROM fairness_seeds
    WHERE user_id = ${userId}::uuid AND revealed_at IS NOT NULL ORDER BY revealed_at DESC LIMIT ${REVEALED_SHOWN}`;
  return { ...currentView(current), revealed_seeds: revealed.map(revealedView) };
}

/**
 * Sets the client seed used by the caller's next rounds. The server seed stays committed and
 * the nonce keeps counting, so no (client seed, nonce) pair repeats under one server seed.
 */
export async function setClientSeed(prisma: PrismaClient, userId: string, clientSeed: string): Promise<FairnessSeedsView> {
  await activeSeed(prisma, userId);
  await prisma.$executeRaw`UPDATE fairness_seeds SET client_seed = ${clientSeed} WHERE user_id = ${userId}::uuid AND revealed_at IS NULL`;
  return getFairnessSeeds(prisma, userId);
}

/**
 * Reveals the caller's server seed and commits a new one (nonce 0), in one transaction. Refused
 * with 409 `round_in_progress` while a crash round is running: its crash point comes from the
 * current seed, and revealing it would reveal the crash point.
 */
export async function rotateServerSeed(prisma: PrismaClient, userId: string, opts: { clientSeed?: string } = {}): Promise<RotateSeedView> {
  await activeSeed(prisma, userId);
  return prisma.$transaction(async (tx) => {
    // Same lock order as a round: the seed row first (a crash bet holds it while it creates its round).
    const old = await activeSeed(tx, userId, { forUpdate: true });
    const running = await tx.$queryRaw<{ id: string }[]>`
      SELECT id::text FROM crash_rounds WHERE user_id = ${userId}::uuid AND status = 'running' LIMIT 1`;
    if (running[0]) {
      throw new AppError('round_in_progress', 'A crash round is running on this seed; rotate after it ends', { round_id: running[0].id });
    }
    const revealed = await tx.$queryRaw<RevealedRow[]>`
      UPDATE fairness_seeds SET revealed_at = now() WHERE id = ${old.id}::uuid
      RETURNING server_seed, server_seed_hash, client_seed, next_nonce, created_at, revealed_at`;
    await createActiveSeed(tx, userId, opts.clientSeed ?? old.client_seed);
    const current = await activeSeed(tx, userId);
    return { revealed: revealedView(revealed[0]!), current: currentView(current) };
  });
}
