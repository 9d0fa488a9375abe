import { Context } from '@temporalio/activity';
import type { RfmCutPoints, Segment } from '../domain/segments.ts';
import type { Config } from '../lib/config.ts';
import type { PrismaClient } from '../lib/db/client.ts';
import {
  beginRfmRun,
  computeRfmThresholds,
  finishRfmRun,
  nextRfmRanges,
  scoreRfmRange,
  type RfmRange,
  type RfmRangeResult,
} from '../services/segments/rfm-run-steps.ts';

/** How often a long statement's activity tells Temporal it is alive (well inside its heartbeat timeout). */
const HEARTBEAT_EVERY_MS = 3_000;

/**
 * Runs one statement while heartbeating on a timer: a batch is a single statement (all or
 * nothing), so there is no cursor inside it to report; the heartbeat only shows the worker is
 * alive. A worker killed mid-statement misses its heartbeats, the batch times out and is retried
 * elsewhere, and the statement, being idempotent, gives the same result the second time.
 */
async function whileHeartbeating<T>(work: () => Promise<T>): Promise<T> {
  const ctx = Context.current();
  ctx.heartbeat();
  const timer = setInterval(() => ctx.heartbeat(), HEARTBEAT_EVERY_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}

/** Activities of RfmSegmentationWorkflow, over injected dependencies. */
export function createSegmentActivities(deps: { prisma: PrismaClient; config: Config }) {
  const { prisma, config } = deps;
  return {
    /** Records the run (idempotent). */
    async beginRfmRun(input: { runId: string; asOf: string; trigger: 'schedule' | 'manual' }): Promise<void> {
      await beginRfmRun(prisma, input);
    },
    /** The run's cut points and player count, computed once per run in one statement and stored on its row. */
    async computeRfmThresholds(input: { runId: string; asOf: string }): Promise<{ cuts: RfmCutPoints; players: number }> {
      return whileHeartbeating(() => computeRfmThresholds(prisma, input));
    },
    /** Records progress and cuts the next RFM_PARALLEL_BATCHES keyset ranges of RFM_BATCH_SIZE players. */
    async nextRfmRanges(input: { runId: string; after: string; scored: number; changed: number }): Promise<{ ranges: RfmRange[]; done: boolean }> {
      return nextRfmRanges(prisma, { ...input, size: config.RFM_BATCH_SIZE, count: config.RFM_PARALLEL_BATCHES });
    },
    /** Measures, scores and upserts one keyset range of players, with its segment facts, in one statement. */
    async scoreRfmRange(input: { runId: string; asOf: string; after: string; upTo: string; cuts: RfmCutPoints }): Promise<RfmRangeResult> {
      return whileHeartbeating(() => scoreRfmRange(prisma, input));
    },
    /** Closes the run with the segment sizes. */
    async finishRfmRun(input: { runId: string; scored: number; changed: number; failed?: string }): Promise<Record<Segment, number>> {
      return finishRfmRun(prisma, input);
    },
  };
}
