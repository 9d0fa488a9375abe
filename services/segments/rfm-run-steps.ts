// The steps of one RFM run, each safe to repeat: the workflow's activities call these.
// Measures are written once per (run, player); scoring updates a player only when something
// differs and writes a `segment.changed` fact only when the segment does, in the same statement.
import type { RfmCutPoints, Segment } from '../../domain/segments.ts';
import { SEGMENTS } from '../../domain/segments.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { cutPointsSelect, measureSelect, scoreSelect } from './rfm-sql.ts';

/** The keyset start: below every uuid. */
export const FIRST_CURSOR = '00000000-0000-0000-0000-000000000000';

/** Days a run's per-player measures are kept (for support) before a later run prunes them. */
const KEEP_MEASURES_DAYS = 7;

/** What a chunk did: how many players it covered and the last one (the next keyset cursor). */
export interface RfmChunkResult {
  count: number;
  lastUserId: string | null;
  /** Segment facts written (scoring only). */
  changed: number;
}

/**
 * Records the start of a run (idempotent: a retry, or the API having recorded a manual trigger
 * first, keeps the row) and prunes measures of runs finished more than a week ago.
 */
export async function beginRfmRun(prisma: PrismaClient, input: { runId: string; asOf: string; trigger: 'schedule' | 'manual' }): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO segment_runs (id, status, trigger, phase, as_of) VALUES (${input.runId}, 'running', ${input.trigger}, 'measuring', ${new Date(input.asOf)})
    ON CONFLICT (id) DO UPDATE SET as_of = EXCLUDED.as_of WHERE segment_runs.as_of IS NULL`;
  await prisma.$executeRawUnsafe(
    `DELETE FROM segment_run_players WHERE run_id IN (
       SELECT id FROM segment_runs WHERE status <> 'running' AND finished_at < now() - interval '${KEEP_MEASURES_DAYS} days')`,
  );
}

/** Measures the next `limit` players (by id) after `after` into segment_run_players; a repeat inserts nothing new. */
export async function measureRfmChunk(prisma: PrismaClient, input: { runId: string; asOf: string; after: string; limit: number }): Promise<RfmChunkResult> {
  const rows = await prisma.$queryRawUnsafe<{ n: number; last: string | null }[]>(
    `WITH u AS (SELECT id FROM users WHERE id > $1::uuid AND role <> 'ADMIN' ORDER BY id LIMIT $2),
     ins AS (
       INSERT INTO segment_run_players (run_id, user_id, recency_days, frequency, monetary_cents)
       SELECT $3, m.user_id, m.recency_days, m.frequency, m.monetary_cents FROM (${measureSelect('u', '$4::timestamptz')}) m
       ON CONFLICT (run_id, user_id) DO NOTHING)
     SELECT (SELECT count(*) FROM u)::int AS n, (SELECT id::text FROM u ORDER BY id DESC LIMIT 1) AS last`,
    input.after,
    input.limit,
    input.runId,
    new Date(input.asOf),
  );
  const { n, last } = rows[0]!;
  return { count: n, lastUserId: last, changed: 0 };
}

/** The run's cut points over its measures (see domain/segments.ts). */
export async function computeRfmCutPoints(prisma: PrismaClient, input: { runId: string }): Promise<RfmCutPoints> {
  const rows = await prisma.$queryRawUnsafe<{ recency: number[]; frequency: number[]; monetary: bigint[] }[]>(
    `WITH m AS (SELECT * FROM segment_run_players WHERE run_id = $1) ${cutPointsSelect('m')}`,
    input.runId,
  );
  const row = rows[0]!;
  const cuts: RfmCutPoints = { recency: row.recency.map(Number), frequency: row.frequency.map(Number), monetary: row.monetary.map(Number) };
  await prisma.segmentRun.update({ where: { id: input.runId }, data: { cutPoints: cuts as object, phase: 'scoring' } });
  return cuts;
}

/**
 * Scores the next `limit` measured players after `after` and upserts player_segments, writing
 * one `segment.changed` outbox fact per player whose segment differs from the stored one, all
 * in one statement: a repeat finds nothing different and writes nothing.
 */
export async function scoreRfmChunk(
  prisma: PrismaClient,
  input: { runId: string; asOf: string; after: string; limit: number; cuts: RfmCutPoints },
): Promise<RfmChunkResult> {
  const rows = await prisma.$queryRawUnsafe<{ n: number; last: string | null; changed: number }[]>(
    `WITH s AS (
       SELECT user_id, recency_days, frequency, monetary_cents FROM segment_run_players
       WHERE run_id = $1 AND user_id > $2::uuid ORDER BY user_id LIMIT $3),
     c AS (SELECT $4::int[] AS recency, $5::int[] AS frequency, $6::bigint[] AS monetary),
     scored AS (${scoreSelect('s', 'c')}),
     old AS (SELECT p.user_id, p.segment FROM player_segments p JOIN s ON s.user_id = p.user_id),
     up AS (
       INSERT INTO player_segments (user_id, segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents, run_id, updated_at)
       SELECT user_id, segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents, $1, now() FROM scored
       ON CONFLICT (user_id) DO UPDATE SET
         segment = EXCLUDED.segment, r_score = EXCLUDED.r_score, f_score = EXCLUDED.f_score, m_score = EXCLUDED.m_score,
         recency_days = EXCLUDED.recency_days, frequency = EXCLUDED.frequency, monetary_cents = EXCLUDED.monetary_cents,
         run_id = EXCLUDED.run_id, updated_at = EXCLUDED.updated_at
       WHERE (player_segments.segment, player_segments.r_score, player_segments.f_score, player_segments.m_score,
              player_segments.recency_days, player_segments.frequency, player_segments.monetary_cents)
             IS DISTINCT FROM
             (EXCLUDED.segment, EXCLUDED.r_score, EXCLUDED.f_score, EXCLUDED.m_score,
              EXCLUDED.recency_days, EXCLUDED.frequency, EXCLUDED.monetary_cents)),
     facts AS (
       INSERT INTO outbox_events (event_id, topic, key, type, payload)
       SELECT gen_random_uuid(), $7, scored.user_id::text, 'segment.changed',
              jsonb_build_object('userId', scored.user_id, 'from', old.segment, 'to', scored.segment, 'runId', $1::text, 'asOf', $8::text)
       FROM scored LEFT JOIN old ON old.user_id = scored.user_id
       WHERE old.segment IS DISTINCT FROM scored.segment
       RETURNING 1)
     SELECT (SELECT count(*) FROM s)::int AS n, (SELECT user_id::text FROM s ORDER BY user_id DESC LIMIT 1) AS last,
            (SELECT count(*) FROM facts)::int AS changed`,
    input.runId,
    input.after,
    input.limit,
    input.cuts.recency,
    input.cuts.frequency,
    input.cuts.monetary.map((v) => BigInt(v)),
    TOPICS.segments,
    input.asOf,
  );
  const { n, last, changed } = rows[0]!;
  return { count: n, lastUserId: last, changed };
}

/** Progress for the runs list; absolute numbers from the workflow's state, so a repeat is harmless. */
export async function recordRfmProgress(
  prisma: PrismaClient,
  input: { runId: string; phase: 'measuring' | 'scoring'; measured: number; scored: number; changed: number },
): Promise<void> {
  await prisma.segmentRun.update({
    where: { id: input.runId },
    data: { phase: input.phase, playersMeasured: input.measured, playersScored: input.scored, segmentsChanged: input.changed },
  });
}

/** Closes a run: the segment sizes it leaves, completed (or failed with a note). */
export async function finishRfmRun(prisma: PrismaClient, input: { runId: string; failed?: string }): Promise<Record<Segment, number>> {
  const sizes = await segmentSizes(prisma);
  await prisma.segmentRun.update({
    where: { id: input.runId },
    data: { status: input.failed ? 'failed' : 'completed', phase: 'done', counts: sizes, finishedAt: new Date(), note: input.failed?.slice(0, 300) ?? null },
  });
  return sizes;
}

/** How many players are in each segment right now (every segment named, zeros included). */
export async function segmentSizes(prisma: PrismaClient): Promise<Record<Segment, number>> {
  const rows = await prisma.playerSegment.groupBy({ by: ['segment'], _count: { _all: true } });
  const sizes = Object.fromEntries(SEGMENTS.map((s) => [s, 0])) as Record<Segment, number>;
  for (const r of rows) if ((SEGMENTS as readonly string[]).includes(r.segment)) sizes[r.segment as Segment] = r._count._all;
  return sizes;
}
