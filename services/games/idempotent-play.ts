import { createHash } from 'node:crypto';
import type { Game } from '../../domain/games/config.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { gameRoundView } from './list-game-history.ts';
import type { GameRoundView } from './views.ts';

// A game play retried with its Idempotency-Key is one play. The round id is derived from
// (player, key), so every retry names the same round; the settle statements answer `exists`
// for a round id already taken (checked under the player's seed lock, which every play of the
// player holds), and the round's primary key refuses the rest. A retry then answers the round
// that was played, or 422 `idempotency_key_reused` when its request differs.

/** The namespace of round ids derived from Idempotency-Keys (RFC 9562 UUID version 5). */
const ROUND_ID_NAMESPACE = Buffer.from('b9a5c3f2-7d41-4e0a-9c6e-2f8d13a7e540'.replaceAll('-', ''), 'hex');

/** The round id of (player, Idempotency-Key): a UUID version 5, the same for every retry. */
export function roundIdFor(userId: string, idempotencyKey: string): string {
  const hash = createHash('sha1').update(ROUND_ID_NAMESPACE).update(`${userId}\n${idempotencyKey}`, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Thrown by a play whose derived round id is already taken (the settle statement answered `exists`). */
export class RoundExistsError extends Error {
  constructor(readonly roundId: string) {
    super(`round ${roundId} was already played`);
    this.name = 'RoundExistsError';
  }
}

/** A round already stored under a derived id: an instant round (with its balance after) or a crash bet. */
export type StoredPlay =
  | { kind: 'instant'; round: GameRoundView; balance: number }
  | { kind: 'crash'; roundId: string; bet: number; autoCashout: number | null };

/** The round stored under `roundId` for this player, if any: one statement over both round tables and the ledger. */
export async function findStoredPlay(prisma: PrismaClient, userId: string, roundId: string): Promise<StoredPlay | undefined> {
  const rows = await prisma.$queryRaw<
    {
      kind: 'crash' | 'instant';
      game: string;
      bet: number;
      payout: number;
      multiplier: string;
      win: boolean;
      big_win: boolean;
      result: unknown;
      server_seed_hash: string;
      client_seed: string;
      nonce: number;
      created_at: Date;
      auto_cashout: string | null;
      balance: number | null;
    }[]
  >`
    SELECT 'crash' AS kind, 'crash' AS game, c.bet, 0 AS payout, '0' AS multiplier, false AS win, false AS big_win, NULL::jsonb AS result,
           c.server_seed_hash, c.client_seed, c.nonce, c.started_at AS created_at, c.auto_cashout::text AS auto_cashout, NULL::int AS balance
    FROM crash_rounds c WHERE c.id = ${roundId}::uuid AND c.user_id = ${userId}::uuid
    UNION ALL
    SELECT 'instant', r.game, r.bet, r.payout, r.multiplier::text, r.win, r.big_win, r.result,
           r.server_seed_hash, r.client_seed, r.nonce, r.created_at, NULL,
           (SELECT l.balance_after FROM ledger_entries l
            WHERE l.reason IN ('game_bet', 'game_payout') AND l.ref = r.id::text ORDER BY l.id DESC LIMIT 1)
    FROM game_rounds r WHERE r.id = ${roundId}::uuid AND r.user_id = ${userId}::uuid
    ORDER BY kind LIMIT 1`;
  const row = rows[0];
  if (!row) return undefined;
  if (row.kind === 'crash') return { kind: 'crash', roundId, bet: row.bet, autoCashout: row.auto_cashout === null ? null : Number(row.auto_cashout) };
  const round = gameRoundView({
    id: roundId,
    game: row.game,
    bet: row.bet,
    payout: row.payout,
    multiplier: row.multiplier,
    win: row.win,
    bigWin: row.big_win,
    result: row.result,
    serverSeedHash: row.server_seed_hash,
    clientSeed: row.client_seed,
    nonce: row.nonce,
    createdAt: row.created_at,
  });
  return { kind: 'instant', round, balance: row.balance ?? 0 };
}

/** The 422 for a key that came back with another request. */
export function keyReused(game: Game): AppError {
  return new AppError('idempotency_key_reused', `This Idempotency-Key was already used for a different play (this one is ${game})`);
}

/** Postgres unique_violation on a round's primary key: a retry that raced the first call to the insert. */
export function isRoundIdTaken(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 6; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    const text = `${(e as { message?: unknown }).message ?? ''}`;
    if ((code === '23505' || code === 'P2002' || /unique constraint/i.test(text)) && /game_rounds_pkey|crash_rounds_pkey/.test(`${text} ${JSON.stringify((e as { meta?: unknown }).meta ?? '')} ${(e as { constraint?: unknown }).constraint ?? ''}`)) return true;
  }
  return false;
}

/**
 * Runs one play under an optional Idempotency-Key. Without a key: `play(undefined)`. With one:
 * the stored round of (player, key) answers at once (replayed), or 422 when `sameRequest` says
 * it was another request; otherwise `play(roundId)` plays under the derived id, and a retry that
 * lost the race to it answers the round that won.
 */
export async function playOnce<V>(
  prisma: PrismaClient,
  opts: {
    userId: string;
    game: Game;
    idempotencyKey: string | undefined;
    sameRequest: (stored: StoredPlay) => boolean;
    replay: (stored: StoredPlay) => Promise<V> | V;
    play: (roundId: string | undefined) => Promise<V>;
  },
): Promise<{ view: V; replayed: boolean }> {
  if (opts.idempotencyKey === undefined) return { view: await opts.play(undefined), replayed: false };
  const roundId = roundIdFor(opts.userId, opts.idempotencyKey);
  const earlier = async (): Promise<{ view: V; replayed: true } | undefined> => {
    const stored = await findStoredPlay(prisma, opts.userId, roundId);
    if (!stored) return undefined;
    if (!opts.sameRequest(stored)) throw keyReused(opts.game);
    return { view: await opts.replay(stored), replayed: true };
  };
  const found = await earlier();
  if (found) return found;
  try {
    return { view: await opts.play(roundId), replayed: false };
  } catch (err) {
    if (!(err instanceof RoundExistsError) && !isRoundIdTaken(err)) throw err;
    const raced = await earlier();
    if (!raced) throw err;
    return raced;
  }
}
