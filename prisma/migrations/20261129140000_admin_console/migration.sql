-- The operator console (issue #13): bans that end sessions at once, player search, gold
-- grants (single and batched, with maker-checker) and a richer audit log.

-- Every access token carries the user's token generation; a ban, an unban or a role change
-- bumps it, and the auth guard refuses tokens of an older generation on their next request.
ALTER TABLE "users" ADD COLUMN "token_generation" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "users" ADD COLUMN "ban_reason" VARCHAR(500);

-- Operator search: case-insensitive prefix match on login id and nickname.
CREATE INDEX "users_login_id_lower_prefix_idx" ON "users" (lower("login_id") text_pattern_ops);
CREATE INDEX "users_nickname_lower_prefix_idx" ON "users" (lower("nickname") text_pattern_ops);
CREATE INDEX "users_created_at_idx" ON "users" ("created_at");

-- Who did what: the request that did it, and the state before and after.
ALTER TABLE "audit_log" ADD COLUMN "request_id" VARCHAR(100);
ALTER TABLE "audit_log" ADD COLUMN "before" JSONB;
ALTER TABLE "audit_log" ADD COLUMN "after" JSONB;
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log" ("action", "created_at");
CREATE INDEX "audit_log_created_at_idx" ON "audit_log" ("created_at");

-- One operator grant of gold to one player; its ledger entry is (admin_grant, id).
CREATE TABLE "gold_grants" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "admin_id" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    -- The operator's Idempotency-Key: a retried grant returns the first one.
    "idempotency_key" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "gold_grants_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "gold_grants_amount_positive" CHECK ("amount" > 0),
    CONSTRAINT "gold_grants_user_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "gold_grants_admin_id_idempotency_key_key" ON "gold_grants" ("admin_id", "idempotency_key");
CREATE INDEX "gold_grants_user_id_created_at_idx" ON "gold_grants" ("user_id", "created_at");

-- A bulk grant, run by GrantBatchWorkflow `grant-batch:<id>`.
-- awaiting_approval -> running -> completed; awaiting_approval -> cancelled (rejected or timed out).
CREATE TABLE "grant_batches" (
    "id" UUID NOT NULL,
    "maker_id" UUID NOT NULL,
    "idempotency_key" VARCHAR(200) NOT NULL,
    "amount" INTEGER NOT NULL,
    "player_count" INTEGER NOT NULL,
    "total_gold" BIGINT NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "status" VARCHAR(24) NOT NULL,
    "requires_approval" BOOLEAN NOT NULL,
    "approver_id" UUID,
    "decision_reason" VARCHAR(500),
    "processed" INTEGER NOT NULL DEFAULT 0,
    "granted" INTEGER NOT NULL DEFAULT 0,
    "already_granted" INTEGER NOT NULL DEFAULT 0,
    "unknown" INTEGER NOT NULL DEFAULT 0,
    "banned" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),
    CONSTRAINT "grant_batches_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "grant_batches_amount_positive" CHECK ("amount" > 0),
    CONSTRAINT "grant_batches_status" CHECK ("status" IN ('awaiting_approval', 'running', 'completed', 'cancelled'))
);
CREATE UNIQUE INDEX "grant_batches_maker_id_idempotency_key_key" ON "grant_batches" ("maker_id", "idempotency_key");
CREATE INDEX "grant_batches_created_at_idx" ON "grant_batches" ("created_at");

-- One player of a batch and what came of it: pending -> granted | already_granted | unknown | banned.
-- The player id is kept as given (an unknown id references nobody).
CREATE TABLE "grant_batch_items" (
    "batch_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" VARCHAR(24) NOT NULL DEFAULT 'pending',
    "processed_at" TIMESTAMPTZ(3),
    CONSTRAINT "grant_batch_items_pkey" PRIMARY KEY ("batch_id", "user_id"),
    CONSTRAINT "grant_batch_items_batch_fkey" FOREIGN KEY ("batch_id") REFERENCES "grant_batches"("id") ON DELETE RESTRICT,
    CONSTRAINT "grant_batch_items_status" CHECK ("status" IN ('pending', 'granted', 'already_granted', 'unknown', 'banned'))
);
CREATE INDEX "grant_batch_items_batch_id_status_idx" ON "grant_batch_items" ("batch_id", "status");

-- Operators schedule a product's discount: it starts and ends by itself.
ALTER TABLE "products" ADD COLUMN "discount_starts_at" TIMESTAMPTZ(3);
