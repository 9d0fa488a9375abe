// The messages and state of a bulk gold grant (GrantBatchWorkflow `grant-batch:<id>`), beside
// but not inside the workflow: services and activities import this, never the workflow file.

/** awaiting_approval -> running -> completed; awaiting_approval -> cancelled (rejected or timed out). */
export type GrantBatchStatus = 'awaiting_approval' | 'running' | 'completed' | 'cancelled';

/** What came of one player of a batch. */
export type GrantItemResult = 'granted' | 'already_granted' | 'unknown' | 'banned';

/** Counts per result, as a batch reports progress. */
export interface GrantBatchCounts {
  processed: number;
  granted: number;
  already_granted: number;
  unknown: number;
  banned: number;
}

/** The workflow's input: the batch row is written by the API before the workflow starts. */
export interface GrantBatchInput {
  batchId: string;
  makerId: string;
  amount: number;
  playerCount: number;
  requiresApproval: boolean;
  approvalTimeoutMs: number;
  chunkSize: number;
}

/** The progress query's answer. */
export interface GrantBatchProgress extends GrantBatchCounts {
  status: GrantBatchStatus;
  total: number;
}

/** An operator's decision on a batch awaiting approval (the `decide` update's argument). */
export interface GrantBatchDecision {
  approve: boolean;
  adminId: string;
  reason: string;
  requestId?: string;
}

/** True when a batch of this total must wait for a second operator. */
export const needsApproval = (totalGold: number, thresholdGold: number): boolean => totalGold > thresholdGold;

/** The ledger reference of one player's grant in a batch: (admin_grant, ref) pays once. */
export const batchGrantRef = (batchId: string, userId: string): string => `${batchId}:${userId}`;
