-- The analytics process (issue #11): Kafka consumer groups that build read models. Each group
-- records the event ids it has applied in the same transaction as the write, so a redelivered
-- message (at-least-once: offsets are committed after the write) changes nothing.

CREATE TABLE "analytics_processed_events" (
    -- The consumer group that applied the event.
    "consumer" VARCHAR(60) NOT NULL,
    "event_id" UUID NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "analytics_processed_events_pkey" PRIMARY KEY ("consumer", "event_id")
);

-- The purchase funnel per UTC day and product: shop opened -> buy clicked -> bought.
CREATE TABLE "funnel_daily" (
    "day" DATE NOT NULL,
    "product_id" INTEGER NOT NULL,
    "opened" INTEGER NOT NULL DEFAULT 0,
    "clicked" INTEGER NOT NULL DEFAULT 0,
    "bought" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "funnel_daily_pkey" PRIMARY KEY ("day", "product_id"),
    CONSTRAINT "funnel_daily_counts_non_negative" CHECK ("opened" >= 0 AND "clicked" >= 0 AND "bought" >= 0)
);
