-- Nightly RFM segmentation (issue #11). RfmSegmentationWorkflow measures every player into
-- segment_run_players (one row per player and run, written once), scores them against the run's
-- cut points, and keeps each player's current segment in player_segments; segment_runs has one
-- row per run (and per trigger skipped because a run was active). Products and limited packages
-- get an optional target list of segments (empty = everyone).

CREATE TABLE "segment_runs" (
    -- The workflow id of the run (stable across continue-as-new); `skipped:<uuid>` for a skipped trigger.
    "id" VARCHAR(200) NOT NULL,
    -- running -> completed | failed; skipped: a trigger refused by the overlap policy.
    "status" VARCHAR(16) NOT NULL DEFAULT 'running',
    -- schedule | manual
    "trigger" VARCHAR(16) NOT NULL,
    -- measuring -> scoring -> done
    "phase" VARCHAR(16) NOT NULL DEFAULT 'measuring',
    -- The instant the run measures at: activity after it is left to the next run.
    "as_of" TIMESTAMPTZ(3),
    "players_measured" INTEGER NOT NULL DEFAULT 0,
    "players_scored" INTEGER NOT NULL DEFAULT 0,
    "segments_changed" INTEGER NOT NULL DEFAULT 0,
    -- { "Whale": n, "High": n, ... } once completed.
    "counts" JSONB,
    -- The quintile/quartile cut points the run scored with.
    "cut_points" JSONB,
    "note" VARCHAR(300),
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "segment_runs_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "segment_runs_status_known" CHECK ("status" IN ('running', 'completed', 'failed', 'skipped')),
    CONSTRAINT "segment_runs_trigger_known" CHECK ("trigger" IN ('schedule', 'manual'))
);
CREATE INDEX "segment_runs_started_at_idx" ON "segment_runs"("started_at");

-- Raw measures per player and run; (run_id, user_id) written once, so a retried batch changes nothing.
CREATE TABLE "segment_run_players" (
    "run_id" VARCHAR(200) NOT NULL,
    "user_id" UUID NOT NULL,
    -- Whole days since the last round or purchase before as_of; null: never active.
    "recency_days" INTEGER,
    -- Rounds plus successful purchases in the 30 days before as_of.
    "frequency" INTEGER NOT NULL,
    -- Real-money spend (successful purchases, cents) in the 30 days before as_of.
    "monetary_cents" BIGINT NOT NULL,
    CONSTRAINT "segment_run_players_pkey" PRIMARY KEY ("run_id", "user_id")
);

-- Each player's current segment and the scores behind it.
CREATE TABLE "player_segments" (
    "user_id" UUID NOT NULL,
    "segment" VARCHAR(16) NOT NULL,
    "r_score" INTEGER NOT NULL,
    "f_score" INTEGER NOT NULL,
    "m_score" INTEGER NOT NULL,
    "recency_days" INTEGER,
    "frequency" INTEGER NOT NULL,
    "monetary_cents" BIGINT NOT NULL,
    -- The run that last changed this row.
    "run_id" VARCHAR(200) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "player_segments_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "player_segments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "player_segments_segment_known" CHECK ("segment" IN ('Whale', 'High', 'Medium', 'Low', 'Dormant')),
    CONSTRAINT "player_segments_scores_range" CHECK ("r_score" BETWEEN 1 AND 5 AND "f_score" BETWEEN 1 AND 5 AND "m_score" BETWEEN 1 AND 5)
);
CREATE INDEX "player_segments_segment_idx" ON "player_segments"("segment");

-- Targeting: empty = everyone; otherwise only players whose current segment is listed.
ALTER TABLE "products" ADD COLUMN "segments" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "limited_packages" ADD COLUMN "segments" TEXT[] NOT NULL DEFAULT '{}';
ALTER TABLE "products" ADD CONSTRAINT "products_segments_known" CHECK ("segments" <@ ARRAY['Whale', 'High', 'Medium', 'Low', 'Dormant']::TEXT[]);
ALTER TABLE "limited_packages" ADD CONSTRAINT "limited_packages_segments_known" CHECK ("segments" <@ ARRAY['Whale', 'High', 'Medium', 'Low', 'Dormant']::TEXT[]);
