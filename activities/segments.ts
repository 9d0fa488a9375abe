import { Context } from '@temporalio/activity';
import type { RfmCutPoints, Segment } from '../domain/segments.ts';
import type { Config } from '../lib/config.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import {
  beginRfmRun,
  computeRfmCutPoints,
  finishRfmRun,
  measureRfmChunk,
  recordRfmProgress,
  scoreRfmChunk,
  type RfmChunkResult,
} from '../services/segments/rfm-run-steps.ts';

/** One keyset batch of a run: the players after `after` (by id), up to RFM_BATCH_SIZE of them. */
export interface RfmBatchInput {
  runId: string;
  asOf: string;
  after: string;
}

/** What a batch covered; `done` when it found fewer players than a full batch (the end). */
export interface RfmBatchResult extends RfmChunkResult {
  done: boolean;
}

/** Heartbeat details: where the batch got to, so a retry resumes there. */
interface BatchProgress {
  cursor: string;
  count: number;
  changed: number;
}

/**
 * Runs a batch as statements of RFM_CHUNK_SIZE players, heartbeating the cursor after each
 * one; a retry (the worker died) resumes from the last heartbeat. Every chunk is idempotent, so
 * a chunk done twice (committed, then killed before its heartbeat) changes nothing.
 */
async function runBatch(config: Config, after: string, chunk: (after: string, limit: number) => Promise<RfmChunkResult>): Promise<RfmBatchResult> {
  const ctx = Context.current();
  const resumed = ctx.info.heartbeatDetails as BatchProgress | undefined;
  const progress: BatchProgress = resumed ?? { cursor: after, count: 0, changed: 0 };
  const batch = config.RFM_BATCH_SIZE;
  while (progress.count < batch) {
    const limit = Math.min(config.RFM_CHUNK_SIZE, batch - progress.count);
    const r = await chunk(progress.cursor, limit);
    progress.count += r.count;
    progress.changed += r.changed;
    if (r.lastUserId) progress.cursor = r.lastUserId;
    ctx.heartbeat(progress);
    if (r.count < limit) return { count: progress.count, lastUserId: progress.cursor, changed: progress.changed, done: true };
  }
  return { count: progress.count, lastUserId: progress.cursor, changed: progress.changed, done: false };
}

/** Activities of RfmSegmentationWorkflow, over injected dependencies. */
export function createSegmentActivities(deps: { prisma: PrismaClient; config: Config }) {
  const { prisma, config } = deps;
  return {
    /** Records the run (idempotent) and prunes old measures. */
    async beginRfmRun(input: { runId: string; asOf: string; trigger: 'schedule' | 'manual' }): Promise<void> {
      await beginRfmRun(prisma, input);
    },
    /** Measures one batch of players into segment_run_players. */
    async measureRfmBatch(input: RfmBatchInput): Promise<RfmBatchResult> {
      return runBatch(config, input.after, (after, limit) => measureRfmChunk(prisma, { ...input, after, limit }));
    },
    /** The run's cut points over everything measured. */
    async computeRfmCutPoints(input: { runId: string }): Promise<RfmCutPoints> {
      return computeRfmCutPoints(prisma, input);
    },
    /** Scores one batch, updates player_segments and writes segment facts. */
    async scoreRfmBatch(input: RfmBatchInput & { cuts: RfmCutPoints }): Promise<RfmBatchResult> {
      return runBatch(config, input.after, (after, limit) => scoreRfmChunk(prisma, { ...input, after, limit }));
    },
    /** Progress shown in the runs list. */
    async recordRfmProgress(input: Parameters<typeof recordRfmProgress>[1]): Promise<void> {
      await recordRfmProgress(prisma, input);
    },
    /** Closes the run with the segment sizes. */
    async finishRfmRun(input: { runId: string; failed?: string }): Promise<Record<Segment, number>> {
      return finishRfmRun(prisma, input);
    },
  };
}
