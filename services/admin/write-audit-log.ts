import type { PrismaClient, Tx } from '../../lib/db/client.ts';

/** One operator action: who, what, on what, why, and what came of it. */
export interface AuditEntry {
  adminId: string;
  action: string;
  targetType: string;
  targetId: string;
  reason: string;
  details?: Record<string, unknown>;
}

/** Appends to the audit log. Every admin action calls this, refused ones included. */
export async function writeAuditLog(db: PrismaClient | Tx, entry: AuditEntry): Promise<void> {
  await db.auditLog.create({
    data: {
      adminId: entry.adminId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason,
      details: (entry.details ?? {}) as object,
    },
  });
}
