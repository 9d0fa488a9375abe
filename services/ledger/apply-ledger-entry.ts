import type { LedgerReason } from '../../domain/ledger.ts';
import { hotQuery, type PrismaClient, type Tx } from '../../lib/db/client.ts';
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

/** The entry as `ledger_apply` returns it (to_jsonb of the row, without meta). */
interface EntryJson {
  id: number | string;
  user_id: string;
  delta: number;
  reason: string;
  ref: string;
  balance_after: number;
  created_at: string;
}

/** What the `ledger_apply` function answers (see its migration). */
type LedgerApplyAnswer =
  | { status: 'applied' | 'replayed' | 'conflict'; balance: number; entry: EntryJson }
  | { status: 'insufficient'; balance: number }
  | { status: 'not_found' };

const toView = (r: EntryJson): LedgerEntryView => ({
  id: String(r.id),
  user_id: r.user_id,
  delta: r.delta,
  reason: r.reason,
  ref: r.ref,
  balance_after: r.balance_after,
  created_at: new Date(r.created_at).toISOString(),
});

/**
 * The only way gold changes, in ONE statement (one round trip): the `ledger_apply` function
 * locks the user's row, returns the existing entry when (reason, ref) was already applied
 * (`applied: false`), refuses a debit below zero (409 insufficient_funds) and a reference
 * used for another change (409 conflict), then moves the balance and appends the entry.
 * Given a transaction, it runs inside it (the row lock lasts until that commits); given the
 * client, the statement is its own transaction.
 */
export async function applyLedgerEntry(db: PrismaClient | Tx, opts: ApplyLedgerEntryOptions): Promise<ApplyLedgerEntryResult> {
  if (!Number.isSafeInteger(opts.delta) || opts.delta === 0) throw new Error(`ledger delta must be a non-zero integer, got ${opts.delta}`);
  const rows = await hotQuery(db)<{ r: LedgerApplyAnswer }>`
    SELECT ledger_apply(${opts.userId}::uuid, ${opts.delta}::int, ${opts.reason}, ${opts.ref}, ${opts.meta ? JSON.stringify(opts.meta) : null}::jsonb) AS r`;
  const answer = rows[0]!.r;
  switch (answer.status) {
    case 'applied':
    case 'replayed':
      return { entry: toView(answer.entry), applied: answer.status === 'applied', balance: answer.balance };
    case 'insufficient':
      throw new InsufficientFundsError(answer.balance, opts.delta);
    case 'conflict':
      throw AppError.of('conflict', `Ledger reference ${opts.reason}/${opts.ref} was already used for a different change`);
    case 'not_found':
      throw AppError.of('not_found', `No user ${opts.userId}`);
  }
}
