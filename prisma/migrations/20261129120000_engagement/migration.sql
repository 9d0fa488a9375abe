-- Engagement (issue #10): events and missions whose progress lives in durable workflows
-- (EventParticipationWorkflow), the daily login streak and the daily VIP claim.

-- An event or a mission (kind), as operators configure it. Missions reset daily or weekly:
-- each period is its own participation (`mission:<code>:<period>:<user>`).
CREATE TABLE "engagement_events" (
    "code" VARCHAR(40) NOT NULL,
    "kind" VARCHAR(10) NOT NULL DEFAULT 'event',
    "title" VARCHAR(120) NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    -- Counters over the player's rounds, e.g. {"total_plays": 5} (domain/engagement/requirements.ts).
    "requirements" JSONB NOT NULL,
    -- {"gold": 1000, "vip_points": 0}
    "rewards" JSONB NOT NULL,
    -- none (events) | daily | weekly (missions).
    "reset" VARCHAR(10) NOT NULL DEFAULT 'none',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "engagement_events_pkey" PRIMARY KEY ("code"),
    CONSTRAINT "engagement_events_kind" CHECK ("kind" IN ('event', 'mission')),
    CONSTRAINT "engagement_events_reset" CHECK (("kind" = 'event' AND "reset" = 'none') OR ("kind" = 'mission' AND "reset" IN ('daily', 'weekly'))),
    CONSTRAINT "engagement_events_window" CHECK ("starts_at" < "ends_at")
);
CREATE INDEX "engagement_events_kind_is_active_ends_at_idx" ON "engagement_events"("kind", "is_active", "ends_at");

-- One player's participation in one event (or one mission period): the read model of its
-- EventParticipationWorkflow. The API inserts it on join; the workflow's activities update it.
CREATE TABLE "event_participations" (
    "workflow_id" VARCHAR(200) NOT NULL,
    "event_code" VARCHAR(40) NOT NULL,
    -- '' for events; the UTC day (2026-11-29) or ISO week (2026-W48) for missions.
    "period" VARCHAR(10) NOT NULL DEFAULT '',
    "user_id" UUID NOT NULL,
    -- active -> completed -> claimed | expired; active -> closed (window over or deactivated).
    "status" VARCHAR(12) NOT NULL DEFAULT 'active',
    "progress" JSONB NOT NULL DEFAULT '{}',
    "rounds_counted" INTEGER NOT NULL DEFAULT 0,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "joined_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(3),
    "claimed_at" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "event_participations_pkey" PRIMARY KEY ("workflow_id"),
    CONSTRAINT "event_participations_event_code_fkey" FOREIGN KEY ("event_code") REFERENCES "engagement_events"("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "event_participations_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "event_participations_status" CHECK ("status" IN ('active', 'completed', 'claimed', 'expired', 'closed'))
);
CREATE UNIQUE INDEX "event_participations_event_code_period_user_id_key" ON "event_participations"("event_code", "period", "user_id");
-- The consumer's lookup: a player's participations still counting rounds.
CREATE INDEX "event_participations_user_id_status_idx" ON "event_participations"("user_id", "status");

-- A player's daily login streak. The row is locked by every claim, so concurrent claims queue.
CREATE TABLE "daily_streaks" (
    "user_id" UUID NOT NULL,
    "current_streak" INTEGER NOT NULL DEFAULT 0,
    "last_claim_date" DATE,
    "protection_enabled" BOOLEAN NOT NULL DEFAULT false,
    -- The missed day the protection last covered (one per 7 days).
    "protected_miss_date" DATE,
    "xp" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "daily_streaks_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "daily_streaks_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "daily_streaks_current_streak_nonnegative" CHECK ("current_streak" >= 0)
);

-- One row per claimed day: the attendance calendar, and (by its key) one claim per UTC day.
CREATE TABLE "streak_claims" (
    "user_id" UUID NOT NULL,
    "claim_date" DATE NOT NULL,
    "streak_day" INTEGER NOT NULL,
    "gold" INTEGER NOT NULL,
    "xp" INTEGER NOT NULL,
    "protected" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "streak_claims_pkey" PRIMARY KEY ("user_id", "claim_date"),
    CONSTRAINT "streak_claims_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- One VIP claim per UTC day per player.
CREATE TABLE "vip_claims" (
    "user_id" UUID NOT NULL,
    "claim_date" DATE NOT NULL,
    "tier" VARCHAR(20) NOT NULL,
    "gold" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "vip_claims_pkey" PRIMARY KEY ("user_id", "claim_date"),
    CONSTRAINT "vip_claims_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
