import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAME_CONFIG } from '../../../domain/games/config.ts';
import { crashPointFromFloat, settleCrash } from '../../../domain/games/crash.ts';
import { createFairRandom, generateClientSeed, generateServerSeed, hashServerSeed } from '../../../domain/games/fairness.ts';
import { pullGacha } from '../../../domain/games/gacha.ts';
import { playRps, RPS_CHOICES } from '../../../domain/games/rps.ts';
import { spinSlots } from '../../../domain/games/slots.ts';
import { verifyRound, type VerifiedRound, type VerifyRoundInput } from '../../../domain/games/verify.ts';

const SERVER_SEED = 'a3f1c2e4b5d6978812345678901234567890abcdefabcdefabcdefabcdef0123';
const OTHER_SERVER_SEED = 'b3f1c2e4b5d6978812345678901234567890abcdefabcdefabcdefabcdef0123';
const config = DEFAULT_GAME_CONFIG;

function take(n: number, seeds: { serverSeed: string; clientSeed: string; nonce: number }): number[] {
  const rng = createFairRandom(seeds);
  return Array.from({ length: n }, () => rng.next());
}

describe('provably fair randomness', () => {
  it('reads floats as 4-byte big-endian words of HMAC-SHA256(serverSeed, "client:nonce:cursor"), moving to cursor 1 after 8 floats', () => {
    const expected: number[] = [];
    for (const cursor of [0, 1]) {
      const digest = createHmac('sha256', SERVER_SEED).update(`player-seed:7:${cursor}`).digest();
      for (let i = 0; i < 32; i += 4) expected.push(digest.readUInt32BE(i) / 2 ** 32);
    }
    expect(take(16, { serverSeed: SERVER_SEED, clientSeed: 'player-seed', nonce: 7 })).toEqual(expected);
  });

  it('gives the same stream and the same round for the same seeds and nonce', () => {
    const seeds = { serverSeed: SERVER_SEED, clientSeed: 'lucky', nonce: 42 };
    expect(take(20, seeds)).toEqual(take(20, seeds));
    expect(spinSlots(100, createFairRandom(seeds), config.slots)).toEqual(spinSlots(100, createFairRandom(seeds), config.slots));
  });

  it('gives a different stream for a different nonce, client seed or server seed', () => {
    const base = take(8, { serverSeed: SERVER_SEED, clientSeed: 'lucky', nonce: 1 });
    expect(take(8, { serverSeed: SERVER_SEED, clientSeed: 'lucky', nonce: 2 })).not.toEqual(base);
    expect(take(8, { serverSeed: SERVER_SEED, clientSeed: 'lucky2', nonce: 1 })).not.toEqual(base);
    expect(take(8, { serverSeed: OTHER_SERVER_SEED, clientSeed: 'lucky', nonce: 1 })).not.toEqual(base);
  });

  it('commits to a server seed with the SHA-256 hex of its text', () => {
    expect(hashServerSeed('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('generates fresh 32-byte hex server seeds and hex client seeds', () => {
    const a = generateServerSeed();
    const b = generateServerSeed();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect(generateClientSeed()).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses malformed seeds and nonces instead of producing an unverifiable stream', () => {
    expect(() => createFairRandom({ serverSeed: 'not-hex', clientSeed: 'x', nonce: 0 })).toThrow();
    expect(() => createFairRandom({ serverSeed: SERVER_SEED, clientSeed: '', nonce: 0 })).toThrow();
    expect(() => createFairRandom({ serverSeed: SERVER_SEED, clientSeed: 'x', nonce: -1 })).toThrow();
    expect(() => createFairRandom({ serverSeed: SERVER_SEED, clientSeed: 'x', nonce: 1.5 })).toThrow();
  });
});

interface Recorded {
  input: VerifyRoundInput;
  outcome: VerifiedRound['outcome'];
}

/** Plays 1,000 rounds the way the API would (one fair stream per nonce, game rules called directly). */
function recordRounds(serverSeed: string, clientSeed: string): Recorded[] {
  const rounds: Recorded[] = [];
  let pityCounter = 0;
  for (let nonce = 0; nonce < 1000; nonce++) {
    const seeds = { serverSeed, clientSeed, nonce };
    const rng = createFairRandom(seeds);
    const bet = 10 + ((nonce * 37) % 500);
    switch (nonce % 4) {
      case 0:
        rounds.push({ input: { game: 'slots', ...seeds, params: { bet } }, outcome: spinSlots(bet, rng, config.slots) });
        break;
      case 1: {
        const choice = RPS_CHOICES[nonce % 3]!;
        rounds.push({ input: { game: 'rps', ...seeds, params: { bet, choice } }, outcome: playRps(choice, bet, rng, config.rps) });
        break;
      }
      case 2: {
        const count = nonce % 3 === 0 ? 10 : 1;
        const poolStock = { Legendary: nonce % 5, Epic: null };
        const outcome = pullGacha({ count, pityCounter, poolStock, rng, config: config.gacha });
        rounds.push({ input: { game: 'gacha', ...seeds, params: { count, pityCounter, poolStock } }, outcome });
        pityCounter = outcome.pityCounterAfter;
        break;
      }
      default: {
        const cashoutAt = nonce % 8 === 3 ? null : 1.5 + (nonce % 50) / 10;
        const crashPoint = crashPointFromFloat(rng.next(), config.crash);
        rounds.push({
          input: { game: 'crash', ...seeds, params: { bet, cashoutAt } },
          outcome: { crashPoint, payout: settleCrash({ bet, crashPoint, cashoutAt }) },
        });
      }
    }
  }
  return rounds;
}

describe('verifyRound', () => {
  it('recomputes 1,000 HMAC rounds of every game exactly from the revealed seeds', () => {
    const serverSeed = generateServerSeed();
    const commitment = hashServerSeed(serverSeed);
    const rounds = recordRounds(serverSeed, 'verify-me');
    for (const round of rounds) {
      const verified = verifyRound(round.input);
      expect(verified.game).toBe(round.input.game);
      expect(verified.serverSeedHash).toBe(commitment);
      expect(verified.outcome).toEqual(round.outcome);
    }
  });

  it('does not reproduce the rounds when a different server seed is revealed', () => {
    const rounds = recordRounds(SERVER_SEED, 'verify-me');
    const mismatches = rounds.filter((round) => {
      const verified = verifyRound({ ...round.input, serverSeed: OTHER_SERVER_SEED });
      return JSON.stringify(verified.outcome) !== JSON.stringify(round.outcome);
    }).length;
    // A few rounds coincide by chance (an RPS throw has 3 outcomes, 7% of crashes are 1.00x).
    expect(mismatches).toBeGreaterThan(800);
  });
});
