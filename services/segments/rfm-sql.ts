// The RFM rule of domain/segments.ts written as SQL, shared by the workflow's batch activities
// and the one-statement baseline of bench/rfm.ts, so both compute exactly the same segments.
import { DORMANT_AFTER_DAYS, HIGH_MIN_TOTAL, MEDIUM_MIN_TOTAL, RFM_WINDOW_DAYS } from '../../domain/segments.ts';

/** A keyset range of user ids, as SQL expressions of type uuid: ids above `after`, up to and including `upTo`. */
export interface UserIdRange {
  after: string;
  upTo: string;
}

/**
 * The ids (column `id`) of the players RFM scores: every user but operators, within `range` if
 * given. Reads the primary key and the partial index of operators (users_admin_id_idx), not the
 * users' rows: on a million players, filtering on the role cost a quarter of a batch.
 */
export function playersSelect(range?: UserIdRange): string {
  const inRange = range ? `u.id > ${range.after} AND u.id <= ${range.upTo} AND ` : '';
  return `SELECT u.id FROM users u WHERE ${inRange}NOT EXISTS (SELECT 1 FROM users a WHERE a.role = 'ADMIN' AND a.id = u.id)`;
}

/**
 * Columns (user_id, recency_days, frequency, monetary_cents) of the players in `fromUsers`
 * (a relation with an `id` column) measured at `asOf` (a SQL expression of type timestamptz).
 * Only activity before `asOf` counts, so a run measures the same numbers however often a batch
 * is retried.
 *
 * Rounds and purchases are aggregated per player by one grouped scan each, hash-joined to the
 * players: with `range` (the players of `fromUsers` all lie in it) each scan reads only that
 * range of the (user_id, ...) indexes of game_rounds and purchases; without it, the whole
 * tables. Measured on 200,000 generated players, this costs 40 % of a look-up per player
 * (two index descents each), for one batch and for everyone alike.
 */
export function measureSelect(fromUsers: string, asOf: string, range?: UserIdRange): string {
  const inRange = (col: string) => (range ? ` AND ${col} > ${range.after} AND ${col} <= ${range.upTo}` : '');
  const inWindow = (col: string) => `${col} >= ${asOf} - interval '${RFM_WINDOW_DAYS} days'`;
  return `
  SELECT u.id AS user_id,
         CASE WHEN GREATEST(g.last_at, p.last_at) IS NULL THEN NULL
              ELSE floor(extract(epoch FROM (${asOf} - GREATEST(g.last_at, p.last_at))) / 86400)::int END AS recency_days,
         (COALESCE(g.n, 0) + COALESCE(p.n, 0))::int AS frequency,
         COALESCE(p.spend, 0)::bigint AS monetary_cents
  FROM ${fromUsers} u
  LEFT JOIN (
    SELECT r.user_id, max(r.created_at) AS last_at, count(*) FILTER (WHERE ${inWindow('r.created_at')}) AS n
    FROM game_rounds r WHERE r.created_at < ${asOf}${inRange('r.user_id')}
    GROUP BY r.user_id
  ) g ON g.user_id = u.id
  LEFT JOIN (
    SELECT q.user_id, max(q.created_at) AS last_at,
           count(*) FILTER (WHERE ${inWindow('q.created_at')}) AS n,
           sum(q.amount_cents) FILTER (WHERE ${inWindow('q.created_at')}) AS spend
    FROM purchases q WHERE q.status = 'success' AND q.created_at < ${asOf}${inRange('q.user_id')}
    GROUP BY q.user_id
  ) p ON p.user_id = u.id`;
}

/**
 * One row of cut points (recency int[], frequency int[], monetary bigint[]) over `measures`
 * (a relation with the measure columns), as domain/segments.ts RfmCutPoints describes.
 */
export function cutPointsSelect(measures: string): string {
  return `
  SELECT
    COALESCE((SELECT percentile_disc(ARRAY[0.2, 0.4, 0.6, 0.8]) WITHIN GROUP (ORDER BY recency_days)
              FROM ${measures} WHERE recency_days < ${DORMANT_AFTER_DAYS}), '{}')::int[] AS recency,
    COALESCE((SELECT percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY frequency)
              FROM ${measures} WHERE recency_days < ${DORMANT_AFTER_DAYS} AND frequency > 0), '{}')::int[] AS frequency,
    COALESCE((SELECT percentile_disc(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY monetary_cents)
              FROM ${measures} WHERE recency_days < ${DORMANT_AFTER_DAYS} AND monetary_cents > 0), '{}')::bigint[] AS monetary`;
}

/**
 * One row of cut points, like cutPointsSelect over every player's measures, but computed from
 * the activity of the last max(RFM_WINDOW_DAYS, DORMANT_AFTER_DAYS) days before `asOf` grouped
 * by player: only players active in that window can be non-Dormant, and for them the window
 * holds their last activity, their frequency and their spend. Two grouped scans instead of a
 * look-up per player, so the thresholds of a run cost a fraction of measuring everyone.
 */
export function thresholdsSelect(asOf: string): string {
  const lookback = Math.max(RFM_WINDOW_DAYS, DORMANT_AFTER_DAYS);
  const inWindow = `created_at >= ${asOf} - interval '${RFM_WINDOW_DAYS} days'`;
  const inLookback = `created_at >= ${asOf} - interval '${lookback} days' AND created_at < ${asOf}`;
  // Grouped per table, then one hash full join: a UNION ALL regrouped by player was planned as
  // a sort of every active player on disk (the planner guessed 200 groups), 40 % slower.
  return `
  WITH g AS (
    SELECT user_id, max(created_at) AS last_at, count(*) FILTER (WHERE ${inWindow}) AS n
    FROM game_rounds WHERE ${inLookback} GROUP BY user_id),
  p AS (
    SELECT user_id, max(created_at) AS last_at, count(*) FILTER (WHERE ${inWindow}) AS n,
           sum(amount_cents) FILTER (WHERE ${inWindow}) AS spend
    FROM purchases WHERE status = 'success' AND ${inLookback} GROUP BY user_id),
  m AS (
    SELECT floor(extract(epoch FROM (${asOf} - GREATEST(g.last_at, p.last_at))) / 86400)::int AS recency_days,
           (COALESCE(g.n, 0) + COALESCE(p.n, 0))::int AS frequency,
           COALESCE(p.spend, 0)::bigint AS monetary_cents
    FROM g FULL JOIN p ON p.user_id = g.user_id
    WHERE NOT EXISTS (SELECT 1 FROM users o WHERE o.role = 'ADMIN' AND o.id = COALESCE(g.user_id, p.user_id)))
  ${cutPointsSelect('m')}`;
}

/**
 * Columns (user_id, measures, r_score, f_score, m_score, segment) for `measures` scored with
 * the cut points in `cuts` (a relation with one row: recency, frequency, monetary arrays).
 */
export function scoreSelect(measures: string, cuts: string): string {
  // How many cut points lie below an integer value: width_bucket counts the points at or below
  // its operand in a sorted array (cut points come sorted from percentile_disc; equal points
  // are fine, an empty array counts 0), so value - 1 counts those strictly below the value.
  const above = (col: string, arr: string) => `width_bucket(s.${col} - 1, c.${arr})`;
  const dormant = `(s.recency_days IS NULL OR s.recency_days >= ${DORMANT_AFTER_DAYS})`;
  return `
  SELECT t.*,
         CASE WHEN t.dormant THEN 'Dormant'
              WHEN t.m_score = 5 THEN 'Whale'
              WHEN t.r_score + t.f_score + t.m_score >= ${HIGH_MIN_TOTAL} THEN 'High'
              WHEN t.r_score + t.f_score + t.m_score >= ${MEDIUM_MIN_TOTAL} THEN 'Medium'
              ELSE 'Low' END AS segment
  FROM (
    SELECT s.user_id, s.recency_days, s.frequency, s.monetary_cents, ${dormant} AS dormant,
           CASE WHEN ${dormant} THEN 1 ELSE 5 - ${above('recency_days', 'recency')} END AS r_score,
           CASE WHEN ${dormant} OR s.frequency = 0 THEN 1 ELSE 2 + ${above('frequency', 'frequency')} END AS f_score,
           CASE WHEN ${dormant} OR s.monetary_cents = 0 THEN 1 ELSE 2 + ${above('monetary_cents', 'monetary')} END AS m_score
    FROM ${measures} s CROSS JOIN ${cuts} c
  ) t`;
}

/**
 * The whole RFM computation as one statement over every player (no batches, no checkpoints):
 * rows (user_id, segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents)
 * measured at $1 (timestamptz). The baseline of bench/rfm.ts and the reference the
 * interrupted-run test compares with.
 */
export function rfmSingleStatement(): string {
  return `
  WITH u AS (${playersSelect()}),
  m AS (${measureSelect('u', '$1::timestamptz')}),
  c AS (${cutPointsSelect('m')}),
  s AS (${scoreSelect('m', 'c')})
  SELECT user_id, segment, r_score, f_score, m_score, recency_days, frequency, monetary_cents FROM s`;
}
