/**
 * Provably fair randomness (uses node:crypto: never import it from workflow code).
 *
 * Per player the server keeps a secret server seed (32 random bytes as 64 hex chars) and shows
 * its SHA-256 commitment before any round uses it; the player sets a client seed; every round
 * takes the next nonce. A round's floats are, in order, the 4-byte big-endian words of
 * HMAC-SHA256(key = serverSeed as UTF-8 text, message = `${clientSeed}:${nonce}:${cursor}`)
 * divided by 2^32, cursor 0, 1, 2, ... each giving 8 floats. Once the server seed is rotated
 * and revealed, anyone can recompute every round (see verify.ts).
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { RandomSource } from './random.ts';

export type { RandomSource } from './random.ts';

/** A server seed as generated: 64 lowercase hex characters. */
export const ZServerSeed = z.string().regex(/^[0-9a-f]{64}$/, 'a server seed is 64 lowercase hex characters');
/** A client seed a player may choose: 1 to 64 printable ASCII characters. */
export const ZClientSeed = z.string().regex(/^[\x20-\x7e]{1,64}$/, 'a client seed is 1 to 64 printable ASCII characters');
/** A round's nonce: a non-negative safe integer, incremented per round under one seed pair. */
export const ZNonce = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** The three inputs that fix a round's randomness. */
export interface RoundSeeds {
  serverSeed: string;
  clientSeed: string;
  nonce: number;
}

const BYTES_PER_FLOAT = 4;
const BYTES_PER_BLOCK = 32;

/** A fresh secret server seed; store it, publish only hashServerSeed(seed) until it is rotated out. */
export function generateServerSeed(): string {
  return randomBytes(32).toString('hex');
}

/** A default client seed for players who never chose one (16 random bytes as hex). */
export function generateClientSeed(): string {
  return randomBytes(16).toString('hex');
}

/** The commitment shown before a seed is used: SHA-256 hex of the seed's text, checkable with any sha256 tool. */
export function hashServerSeed(serverSeed: string): string {
  return createHash('sha256').update(serverSeed, 'utf8').digest('hex');
}

/** The provably fair float stream of one round; pass it to the game rule as its RandomSource. */
export function createFairRandom(seeds: RoundSeeds): RandomSource {
  const serverSeed = ZServerSeed.parse(seeds.serverSeed);
  const clientSeed = ZClientSeed.parse(seeds.clientSeed);
  const nonce = ZNonce.parse(seeds.nonce);
  let cursor = 0;
  let block: Buffer = Buffer.alloc(0);
  let offset = BYTES_PER_BLOCK;
  return {
    next() {
      if (offset >= BYTES_PER_BLOCK) {
        block = createHmac('sha256', serverSeed).update(`${clientSeed}:${nonce}:${cursor}`).digest();
        cursor += 1;
        offset = 0;
      }
      const word = block.readUInt32BE(offset);
      offset += BYTES_PER_FLOAT;
      return word / 2 ** 32;
    },
  };
}
