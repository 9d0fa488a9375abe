// The bulk gold grant's contract (GrantBatchWorkflow `grant-batch:<id>`): input, progress,
// the decision update and the progress query. Services, activities and tests share these;
// none of them imports the workflow body.
import { defineQuery, defineUpdate } from '@temporalio/workflow';


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

/** The batch's status and counts so far. */
export const progressQuery = defineQuery<GrantBatchProgress>('progress');
/** A second operator approves or rejects a batch awaiting approval; answers the new progress. */
export const decideUpdate = defineUpdate<GrantBatchProgress, [GrantBatchDecision]>('decide');

/** The workflow's signature, for starting it by name without importing its body. */
export type GrantBatchWorkflow = (input: GrantBatchInput) => Promise<GrantBatchProgress>;
/** The registered workflow type name. */
export const GRANT_BATCH_WORKFLOW = 'grantBatchWorkflow';
