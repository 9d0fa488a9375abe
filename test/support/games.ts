// Helpers for the game tests: gold set through the ledger, the player's secret server seed
// read from the database, and client seeds searched so that a round comes out as a test needs.
import { randomUUID } from 'node:crypto';
import type { CrashConfig, SlotsConfig } from '../../domain/games/config.ts';
import { createFairRandom } from '../../domain/games/fairness.ts';
import { spinSlots } from '../../domain/games/slots.ts';
import { crashPointForSeeds } from '../../domain/games/verify.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { applyLedgerEntry } from '../../services/ledger/apply-ledger-entry.ts';
import { activeSeed } from '../../services/games/round-seeds.ts';

/** Moves a player's balance to exactly `target` with one ledger entry (admin_grant or admin_debit). */
export async function setBalance(prisma: PrismaClient, userId: string, target: number): Promise<void> {
  const { goldBalance } = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { goldBalance: true } });
  const delta = target - goldBalance;
  if (delta === 0) return;
  await applyLedgerEntry(prisma, { userId, delta, reason: delta > 0 ? 'admin_grant' : 'admin_debit', ref: `test-balance:${randomUUID()}` });
}

/** The player's active seed pair, secret server seed included (created if missing). */
export async function activeSeedOf(prisma: PrismaClient, userId: string) {
  const seed = await activeSeed(prisma, userId);
  return { serverSeed: seed.server_seed, serverSeedHash: seed.server_seed_hash, clientSeed: seed.client_seed, nextNonce: seed.next_nonce };
}

/** The first client seed `<prefix>-<i>` whose round at `nonce` has a crash point satisfying `accept`. */
export function clientSeedForCrash(serverSeed: string, nonce: number, crash: CrashConfig, accept: (crashPoint: number) => boolean, prefix = 'crash'): { clientSeed: string; crashPoint: number } {
  for (let i = 0; i < 100_000; i++) {
    const clientSeed = `${prefix}-${i}`;
    const crashPoint = crashPointForSeeds({ serverSeed, clientSeed, nonce }, crash);
    if (accept(crashPoint)) return { clientSeed, crashPoint };
  }
  throw new Error('no client seed found for that crash point');
}

/** The first client seed whose slots spin at `nonce` satisfies `accept`. */
export function clientSeedForSpin(serverSeed: string, nonce: number, bet: number, slots: SlotsConfig, accept: (payout: number) => boolean, prefix = 'spin'): string {
  for (let i = 0; i < 100_000; i++) {
    const clientSeed = `${prefix}-${i}`;
    if (accept(spinSlots(bet, createFairRandom({ serverSeed, clientSeed, nonce }), slots).payout)) return clientSeed;
  }
  throw new Error('no client seed found for that spin');
}
