-- Notifications from operators (issue #11): to everyone, to players in some segments, or to
-- listed players. A notification is one row; a targeted one also gets one inbox row per
-- recipient, written by the same statement. A broadcast has no rows per player (everyone who
-- signed up before it sees it); reading it writes the reader's inbox row then.

CREATE TABLE "notifications" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" VARCHAR(120) NOT NULL,
    "body" VARCHAR(1000) NOT NULL,
    -- all | segments | users
    "audience" VARCHAR(10) NOT NULL,
    -- The segments of a `segments` notification (at the time it was sent).
    "segments" TEXT[] NOT NULL DEFAULT '{}',
    -- Inbox rows written when sent; null for a broadcast.
    "recipients" INTEGER,
    "created_by" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "notifications_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "notifications_audience_known" CHECK ("audience" IN ('all', 'segments', 'users')),
    CONSTRAINT "notifications_segments_known" CHECK ("segments" <@ ARRAY['Whale', 'High', 'Medium', 'Low', 'Dormant']::TEXT[])
);
CREATE INDEX "notifications_audience_created_at_idx" ON "notifications"("audience", "created_at");

-- A player's inbox: one row per targeted notification, and per broadcast the player has read.
CREATE TABLE "notification_recipients" (
    "user_id" UUID NOT NULL,
    "notification_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3),
    CONSTRAINT "notification_recipients_pkey" PRIMARY KEY ("user_id", "notification_id"),
    CONSTRAINT "notification_recipients_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "notification_recipients_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
