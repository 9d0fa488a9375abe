import type { PrismaClient, Tx } from '../../lib/db/client.ts';
import { currentRequestScope } from '../../lib/request-scope.ts';

/** One operator action: who, what, on what, why, the state before and after, and what came of it. */
export interface AuditEntry {
  adminId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string;
  /** The target's state before the change (null: it did not exist). */
  before?: unknown;
  /** The target's state after the change. */
  after?: unknown;
  details?: Record<string, unknown>;
  /** Defaults to the id of the API request being served. */
  requestId?: string;
}

const json = (v: unknown) => (v === undefined || v === null ? undefined : (JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? x.toString() : x))) as object));

/**
 * Appends to the audit log. Every admin action calls this, refused ones included; pass the
 * transaction that makes the change, so the row and the change commit (or not) together.
 */
export async function writeAuditLog(db: PrismaClient | Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      adminId: entry.adminId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason,
      details: json(entry.details ?? {}),
      before: json(entry.before),
      after: json(entry.after),
      requestId: entry.requestId ?? currentRequestScope()?.requestId ?? null,
    },
  });
}
