import type { PrismaClient } from '../../lib/db/client.ts';
import { z } from 'zod';

/** Query of the runs list: newest first, a page at a time. */
export const ZListSegmentRunsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });

/** A run as operators see it. */
export interface SegmentRunView {
  id: string;
  status: 'running' | 'completed' | 'failed' | 'skipped';
  trigger: 'schedule' | 'manual';
  phase: string;
  as_of: string | null;
  players_measured: number;
  players_scored: number;
  segments_changed: number;
  counts: Record<string, number> | null;
  cut_points: { recency: number[]; frequency: number[]; monetary: number[] } | null;
  note: string | null;
  started_at: string;
  finished_at: string | null;
  temporal_ui_url: string | null;
}

/** The latest runs (and skipped triggers), newest first, each with its Temporal UI link. */
export async function listSegmentRuns(
  prisma: PrismaClient,
  opts: { limit: number; workflowUrl: (workflowId: string) => string },
): Promise<SegmentRunView[]> {
  const rows = await prisma.segmentRun.findMany({ orderBy: [{ startedAt: 'desc' }, { id: 'asc' }], take: opts.limit });
  return rows.map((r) => ({
    id: r.id,
    status: r.status as SegmentRunView['status'],
    trigger: r.trigger as SegmentRunView['trigger'],
    phase: r.phase,
    as_of: r.asOf?.toISOString() ?? null,
    players_measured: r.playersMeasured,
    players_scored: r.playersScored,
    segments_changed: r.segmentsChanged,
    counts: (r.counts as Record<string, number> | null) ?? null,
    cut_points: (r.cutPoints as SegmentRunView['cut_points']) ?? null,
    note: r.note,
    started_at: r.startedAt.toISOString(),
    finished_at: r.finishedAt?.toISOString() ?? null,
    temporal_ui_url: r.status === 'skipped' ? null : opts.workflowUrl(r.id),
  }));
}
