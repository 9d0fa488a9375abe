// The steps of one RFM run, each safe to repeat: the workflow's activities call these. The
// thresholds (cut points) are computed once per run and stored on its row; then each keyset
// range of players is measured, scored and written (where new or changed) by one statement, which also writes a
// `segment.changed` fact for each player whose segment differs. Nothing is written per player
// that is not a change, so a repeat writes nothing.
import type { RfmCutPoints, Segment } from '../../domain/segments.ts';
import { SEGMENTS } from '../../domain/segments.ts';
import type { PrismaClient } from '../../lib/db/client.ts';
import { TOPICS } from '../../lib/kafka.ts';
import { measureSelect, playersSelect, scoreSelect, thresholdsSelect } from './rfm-sql.ts';

/** The keyset start: below every uuid. */

/** The keyset end: the open last range runs up to (and including) this, so every range is `id > a AND id <= b` and both bounds use the index. */
export const LAST_CURSOR = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** What a range did: how many players it scored and how many segment facts it wrote. */
export interface RfmRangeResult {
  count: number;
  changed: number;
}

/** Records the start of a run (idempotent: a retry, or the API having recorded a manual trigger first, keeps the row). */
export async function beginRfmRun(prisma: PrismaClient, input: { runId: string; asOf: string; trigger: 'schedule' | 'manual' }): Promise<void> {
  await prisma.$executeRaw`
    INSERT INTO segment_runs (id, status, trigger, phase, as_of) VALUES (${input.runId}, 'running', ${input.trigger}, 'measuring', ${new Date(input.asOf)})
    ON CONFLICT (id) DO UPDATE SET as_of = EXCLUDED.as_of WHERE segment_runs.as_of IS NULL`;
}

/**
 * The run's cut points (see domain/segments.ts) and how many players it will score, computed
 * once: the statement stores them on the run's row, and a repeat (a retried or resumed run)
 * answers what is stored, so every range of the run scores against the same thresholds.
 */
export async function computeRfmThresholds(prisma: PrismaClient, input: { runId: string; asOf: string }): Promise<{ cuts: RfmCutPoints; players: number }> {
  const rows = await prisma.$queryRawUnsafe<{ cut_points: RfmCutPoints; players: number }[]>(
    `WITH stored AS (SELECT cut_points, players_measured FROM segment_runs WHERE id = $1 AND cut_points IS NOT NULL),
     computed AS (
       SELECT jsonb_build_object('recency', to_jsonb(t.recency), 'frequency', to_jsonb(t.frequency), 'monetary', to_jsonb(t.monetary)) AS cut_points,
              (SELECT count(*) FROM (${playersSelect()}) p)::int AS players
       FROM (${thresholdsSelect('$2::timestamptz')}) t
       WHERE NOT EXISTS (SELECT 1 FROM stored)),
     saved AS (
       UPDATE segment_runs r SET cut_points = c.cut_points, players_measured = c.players, phase = 'scoring'
       FROM computed c WHERE r.id = $1 RETURNING r.cut_points, r.players_measured)
     SELECT cut_points, players_measured AS players FROM stored
     UNION ALL SELECT cut_points, players_measured FROM saved`,
    input.runId,
    new Date(input.asOf),
  );
  const row = rows[0];
  if (!row) throw new Error(`segment run ${input.runId} does not exist`);
  const cuts = row.cut_points;
  return { cuts: { recency: cuts.recency.map(Number), frequency: cuts.frequency.map(Number), monetary: cuts.monetary.map(Number) }, players: row.players };
}

/** A keyset range of players: ids above `after`, up to and including `upTo`. */
export interface RfmRange {
  after: string;
  upTo: string;
}

/**
 * Records the run's progress (absolute numbers from the workflow, so a repeat is harmless) and
 * cuts the next `count` keyset ranges of `size` users after `after`, in one round trip. When
 * the users run out the last range is open-ended (up to LAST_CURSOR) and `done` is true. The
 * cut counts every user, operators included (the batch skips them), so it reads the primary
 * key alone (an index-only scan): filtering on the role read each user's row, 250 ms per call
 * on a million players, on the run's critical path.
 */
export async function nextRfmRanges(
  prisma: PrismaClient,
  input: { runId: string; after: string; size: number; count: number; scored: number; changed: number },
): Promise<{ ranges: RfmRange[]; done: boolean }> {
  const rows = await prisma.$queryRawUnsafe<{ id: string }[]>(
    `WITH progress AS (UPDATE segment_runs SET players_scored = $4, segments_changed = $5 WHERE id = $6)
     SELECT id::text AS id FROM (
       SELECT id, row_number() OVER (ORDER BY id) AS n FROM (
         SELECT id FROM users WHERE id > $1::uuid ORDER BY id LIMIT $2::int * $3::int) page) numbered
     WHERE n % $2::int = 0 ORDER BY id`,
    input.after,
    input.size,
    input.count,
    input.scored,
    input.changed,
    input.runId,
  );
  const ranges: RfmRange[] = [];
  let after = input.after;
  for (const { id } of rows) {
    ranges.push({ after, upTo: id });
    after = id;
  }
  const done = rows.length < input.count;
  if (done) ranges.push({ after, upTo: LAST_CURSOR });
  return { ranges, done };
}

/**
 * Scores the players in the keyset range (after, upTo] in one statement: measures them at the
 * run's as_of (grouped range scans, see measureSelect), scores them against the run's cut
 * points, compares each with their stored row (a primary-key look-up per player) and keeps only
 * the players whose row is new or differs; for those alone it writes player_segments (INSERT
 * the new, UPDATE the changed) and, where the segment itself differs, one `segment.changed`
 * outbox fact. A player whose row is
 * unchanged is not written at all, not even locked (an `ON CONFLICT DO UPDATE ... WHERE` would
 * lock every conflicting row, which costs a WAL record each), so a repeat writes nothing.
 */
export async function scoreRfmRange(
  prisma: PrismaClient,
  input: { runId: string; asOf: string; after: string; upTo: string; cuts: RfmCutPoints },
): Promise<RfmRangeResult> {
  const cols = 'segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents';
  const rows = await prisma.$queryRawUnsafe<{ n: number; changed: number }[]>(
    `WITH u AS (${playersSelect({ after: '$2::uuid', upTo: '$3::uuid' })}),
     -- Materialized: scoreSelect refers to recency_days several times, and inlined, each
     -- reference would recompute it from the timestamps (twice the cost of measuring).
     m AS MATERIALIZED (${measureSelect('u', '$8::timestamptz', { after: '$2::uuid', upTo: '$3::uuid' })}),
     c AS (SELECT $4::int[] AS recency, $5::int[] AS frequency, $6::bigint[] AS monetary),
     scored AS MATERIALIZED (${scoreSelect('m', 'c')}),
     -- Each player's stored row by a primary-key look-up per player (OFFSET 0 keeps the planner
     -- from turning it into a join): a join here let the planner scan all of player_segments
     -- once per batch (or worse, once per player while the table's statistics still said it
     -- was empty), which made a run quadratic in players.
     diff AS MATERIALIZED (
       SELECT s.user_id, s.segment, s.r_score, s.f_score, s.m_score, s.recency_days, s.frequency, s.monetary_cents,
              old.segment AS old_segment, old.segment IS NOT NULL AS stored
       FROM scored s
       LEFT JOIN LATERAL (SELECT ${cols} FROM player_segments p WHERE p.user_id = s.user_id OFFSET 0) old ON true
       WHERE (old.segment, old.r_score, old.f_score, old.m_score, old.recency_days, old.frequency, old.monetary_cents)
             IS DISTINCT FROM (s.segment, s.r_score, s.f_score, s.m_score, s.recency_days, s.frequency, s.monetary_cents)),
     -- New players by a plain INSERT, changed ones by an UPDATE (ON CONFLICT's speculative
     -- insertion costs more than both). A row inserted meanwhile by anything else fails the
     -- statement; the activity's retry then finds it and updates it.
     ins AS (
       INSERT INTO player_segments (user_id, ${cols}, run_id, updated_at)
       SELECT user_id, ${cols}, $1, now() FROM diff WHERE NOT stored),
     upd AS (
       UPDATE player_segments p SET
         segment = d.segment, r_score = d.r_score, f_score = d.f_score, m_score = d.m_score,
         recency_days = d.recency_days, frequency = d.frequency, monetary_cents = d.monetary_cents,
         run_id = $1, updated_at = now()
       FROM diff d
       WHERE d.stored AND p.user_id = d.user_id AND p.user_id > $2::uuid AND p.user_id <= $3::uuid),
     facts AS (
       INSERT INTO outbox_events (event_id, topic, key, type, payload)
       -- uuidv7: time-ordered event ids go to the right edge of the event_id index; random ones
       -- dirtied a page of it per fact (a first run was 20 % slower on a million players).
       SELECT uuidv7(), $7, user_id::text, 'segment.changed',
              jsonb_build_object('userId', user_id, 'from', old_segment, 'to', segment, 'runId', $1::text, 'asOf', $9::text)
       FROM diff
       WHERE old_segment IS DISTINCT FROM segment
       RETURNING 1)
     SELECT (SELECT count(*) FROM scored)::int AS n, (SELECT count(*) FROM facts)::int AS changed`,
    input.runId,
    input.after,
    input.upTo,
    input.cuts.recency,
    input.cuts.frequency,
    input.cuts.monetary.map((v) => BigInt(v)),
    TOPICS.segments,
    new Date(input.asOf),
    input.asOf,
  );
  const { n, changed } = rows[0]!;
  return { count: n, changed };
}

/** Closes a run: the segment sizes it leaves, completed (or failed with a note). */
export async function finishRfmRun(
  prisma: PrismaClient,
  input: { runId: string; scored: number; changed: number; failed?: string },
): Promise<Record<Segment, number>> {
  const sizes = await segmentSizes(prisma);
  await prisma.segmentRun.update({
    where: { id: input.runId },
    data: {
      status: input.failed ? 'failed' : 'completed',
      phase: 'done',
      playersScored: input.scored,
      segmentsChanged: input.changed,
      counts: sizes,
      finishedAt: new Date(),
      note: input.failed?.slice(0, 300) ?? null,
    },
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
