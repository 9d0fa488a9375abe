import type { LedgerReason } from '../../domain/ledger.ts';
import type { PrismaClient, Tx } from '../../lib/db/client.ts';
import { AppError } from '../../lib/errors.ts';

/** One change of gold: who, by how much (negative = debit), why, and the business reference. */
export interface ApplyLedgerEntryOptions {
  userId: string;
  delta: number;
  reason: LedgerReason;
  /** Receipt code, round id, claim id...: with `reason`, makes the change idempotent. */
  ref: string;
  meta?: Record<string, unknown>;
}

/** A ledger entry as the API shows it. */
export interface LedgerEntryView {
  id: string;
  user_id: string;
  delta: number;
  reason: string;
  ref: string;
  balance_after: number;
  created_at: string;
}

/** The result of applying: `applied` is false when (reason, ref) existed and nothing changed. */
export interface ApplyLedgerEntryResult {
  entry: LedgerEntryView;
  applied: boolean;
  balance: number;
}

/** Not enough gold for a debit: 409 `insufficient_funds`, with the balance and the amount asked. */
export class InsufficientFundsError extends AppError {
  constructor(balance: number, delta: number) {
    super('insufficient_funds', `Not enough gold: balance ${balance}, needed ${-delta}`, { balance, required: -delta });
  }
}

interface EntryRow {
  id: bigint;
  user_id: string;
  delta: number;
  reason: string;
  ref: string;
  balance_after: number;
  created_at: Date;
}

const toView = (r: EntryRow): LedgerEntryView => ({
  id: r.id.toString(),
  user_id: r.user_id,
  delta: r.delta,
  reason: r.reason,
  ref: r.ref,
  balance_after: r.balance_after,
  created_at: r.created_at.toISOString(),
});

const isClient = (db: PrismaClient | Tx): db is PrismaClient => '$transaction' in db;

/**
 * The only way gold changes. Locks the user's row, returns the existing entry when
 * (reason, ref) was already applied, refuses a debit below zero, then moves the balance
 * and appends the entry, all in one transaction (the caller's, when given one).
 */
export async function applyLedgerEntry(db: PrismaClient | Tx, opts: ApplyLedgerEntryOptions): Promise<ApplyLedgerEntryResult> {
  if (!Number.isSafeInteger(opts.delta) || opts.delta === 0) throw new Error(`ledger delta must be a non-zero integer, got ${opts.delta}`);
  if (!isClient(db)) return applyIn(db, opts);
  return db.$transaction((tx) => applyIn(tx, opts), { maxWait: 30_000, timeout: 30_000 });
}

async function applyIn(tx: Tx, opts: ApplyLedgerEntryOptions): Promise<ApplyLedgerEntryResult> {
  // Lock first: a concurrent apply of the same (reason, ref) then sees the committed entry below.
  // NO KEY UPDATE: it serializes balance changes but still lets rows that reference the user be inserted.
  const users = await tx.$queryRaw<{ gold_balance: number }[]>`
    SELECT gold_balance FROM users WHERE id = ${opts.userId}::uuid FOR NO KEY UPDATE`;
  const user = users[0];
  if (!user) throw AppError.of('not_found', `No user ${opts.userId}`);

  const existing = await tx.$queryRaw<EntryRow[]>`
    SELECT id, user_id, delta, reason, ref, balance_after, created_at FROM ledger_entries
    WHERE reason = ${opts.reason} AND ref = ${opts.ref}`;
  if (existing[0]) {
    const prior = existing[0];
    if (prior.user_id !== opts.userId || prior.delta !== opts.delta) {
      throw AppError.of('conflict', `Ledger reference ${opts.reason}/${opts.ref} was already used for a different change`);
    }
    return { entry: toView(prior), applied: false, balance: user.gold_balance };
  }

  const balance = user.gold_balance + opts.delta;
  if (balance < 0) throw new InsufficientFundsError(user.gold_balance, opts.delta);
  await tx.$executeRaw`UPDATE users SET gold_balance = ${balance}, updated_at = now() WHERE id = ${opts.userId}::uuid`;
  const inserted = await tx.$queryRaw<EntryRow[]>`
    INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
    VALUES (${opts.userId}::uuid, ${opts.delta}, ${opts.reason}, ${opts.ref}, ${balance}, ${opts.meta ? JSON.stringify(opts.meta) : null}::jsonb)
    RETURNING id, user_id, delta, reason, ref, balance_after, created_at`;
  return { entry: toView(inserted[0]!), applied: true, balance };
}
