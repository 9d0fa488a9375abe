// RFM segmentation rules, pure (no imports): the names, the windows and the scoring rule that
// the nightly workflow applies in SQL (services/segments/rfm-sql.ts) and docs/segments.md
// explains. Workflows, services and the web types all take the segment names from here.

/** Every segment a player can be in, best customers first. */
export const SEGMENTS = ['Whale', 'High', 'Medium', 'Low', 'Dormant'] as const;

/** One RFM segment. */
export type Segment = (typeof SEGMENTS)[number];

/** Frequency and monetary count activity in this many days before the run's `as_of`. */
export const RFM_WINDOW_DAYS = 30;

/** A player with no round and no purchase for this many days (or ever) is Dormant. */
export const DORMANT_AFTER_DAYS = 30;

/** R + F + M at or above this is High (Whale is decided first). */
export const HIGH_MIN_TOTAL = 11;

/** R + F + M at or above this is Medium; below it, Low. */
export const MEDIUM_MIN_TOTAL = 8;

/** A player's raw measures at the run's `as_of`. */
export interface RfmMeasures {
  /** Whole days since the last round or successful purchase; null: never active. */
  recencyDays: number | null;
  /** Rounds plus successful purchases in the window. */
  frequency: number;
  /** Real-money spend (cents) in the window. */
  monetaryCents: number;
}

/**
 * The cut points a run scores with, computed once per run over the players who are not
 * Dormant: recency by quintiles (p20, p40, p60, p80 of recency days), frequency and monetary by
 * quartiles (p25, p50, p75) of the non-zero values (most players of a free-to-play game pay
 * nothing, so quintiles over everyone would put every payer in the top fifth).
 */
export interface RfmCutPoints {
  recency: number[];
  frequency: number[];
  monetary: number[];
}

/** The three scores (1-5) and the segment they give. */
export interface RfmScore {
  r: number;
  f: number;
  m: number;
  segment: Segment;
}

/** True when a player is Dormant: never active, or not in the last DORMANT_AFTER_DAYS days. */
export function isDormant(m: Pick<RfmMeasures, 'recencyDays'>): boolean {
  return m.recencyDays === null || m.recencyDays >= DORMANT_AFTER_DAYS;
}

/**
 * Scores one player against a run's cut points and assigns the segment:
 * - R: 5 less one for each recency cut point the player's days are above (1 when Dormant);
 * - F, M: 1 for nothing in the window, else 2 plus one for each cut point the value is above;
 * - Dormant first, then Whale (M = 5: the top quarter of spenders), then High (R+F+M >= 11),
 *   Medium (>= 8), Low.
 */
export function scoreRfm(m: RfmMeasures, cuts: RfmCutPoints): RfmScore {
  const above = (value: number, points: number[]) => points.filter((c) => c < value).length;
  if (isDormant(m)) return { r: 1, f: 1, m: 1, segment: 'Dormant' };
  const r = 5 - above(m.recencyDays!, cuts.recency);
  const f = m.frequency > 0 ? 2 + above(m.frequency, cuts.frequency) : 1;
  const mon = m.monetaryCents > 0 ? 2 + above(m.monetaryCents, cuts.monetary) : 1;
  const total = r + f + mon;
  const segment: Segment = mon === 5 ? 'Whale' : total >= HIGH_MIN_TOTAL ? 'High' : total >= MEDIUM_MIN_TOTAL ? 'Medium' : 'Low';
  return { r, f, m: mon, segment };
}

/** Whether a player in `segment` (null: not yet scored) may see an item targeted at `targets` (empty = everyone). */
export function isTargeted(targets: readonly string[], segment: string | null): boolean {
  return targets.length === 0 || (segment !== null && targets.includes(segment));
}
