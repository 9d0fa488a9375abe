-- Foundation: the transactional outbox and the wiring-check proof table.

CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "event_id" UUID NOT NULL,
    "topic" VARCHAR(200) NOT NULL,
    "key" VARCHAR(200),
    "type" VARCHAR(100) NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "outbox_events_event_id_key" ON "outbox_events"("event_id");
CREATE INDEX "outbox_events_published_at_id_idx" ON "outbox_events"("published_at", "id");

CREATE TABLE "wiring_checks" (
    "id" UUID NOT NULL,
    "note" VARCHAR(200) NOT NULL,
    "workflow_id" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "wiring_checks_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "wiring_checks_workflow_id_key" ON "wiring_checks"("workflow_id");
