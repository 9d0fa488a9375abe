-- Games: provably fair seeds, recorded rounds, per-player stats, gacha state and pools,
-- live crash rounds, and the game configs rounds were played under.

-- Every game config a round was played under, by the SHA-256 of its canonical JSON, so a
-- round can be recomputed with the paytable that was in force even after the config changed.
CREATE TABLE "game_config_versions" (
    "hash" VARCHAR(64) NOT NULL,
    "config" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "game_config_versions_pkey" PRIMARY KEY ("hash")
);

-- A player's server seed (secret until revealed), its SHA-256 commitment, the client seed and
-- the next nonce. Exactly one unrevealed (active) seed per player.
CREATE TABLE "fairness_seeds" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "server_seed" VARCHAR(64) NOT NULL,
    "server_seed_hash" VARCHAR(64) NOT NULL,
    "client_seed" VARCHAR(64) NOT NULL,
    "next_nonce" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revealed_at" TIMESTAMPTZ(3),
    CONSTRAINT "fairness_seeds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "fairness_seeds_next_nonce_non_negative" CHECK ("next_nonce" >= 0),
    CONSTRAINT "fairness_seeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "fairness_seeds_server_seed_hash_key" ON "fairness_seeds"("server_seed_hash");
CREATE INDEX "fairness_seeds_user_id_created_at_idx" ON "fairness_seeds"("user_id", "created_at");
-- One active seed pair per player (partial: not expressible in schema.prisma).
CREATE UNIQUE INDEX "fairness_seeds_one_active_per_user" ON "fairness_seeds"("user_id") WHERE "revealed_at" IS NULL;

-- Every finished round of every game: the game history, and the input of fairness verification.
CREATE TABLE "game_rounds" (
    "id" UUID NOT NULL,
    -- Insertion order, for stable newest-first paging (created_at can tie within a millisecond).
    "seq" BIGSERIAL NOT NULL,
    "user_id" UUID NOT NULL,
    "game" VARCHAR(16) NOT NULL,
    "bet" INTEGER NOT NULL,
    "payout" INTEGER NOT NULL,
    "multiplier" DECIMAL(12,2) NOT NULL,
    "win" BOOLEAN NOT NULL,
    "big_win" BOOLEAN NOT NULL DEFAULT false,
    "result" JSONB NOT NULL,
    "seed_id" UUID NOT NULL,
    "server_seed_hash" VARCHAR(64) NOT NULL,
    "client_seed" VARCHAR(64) NOT NULL,
    "nonce" INTEGER NOT NULL,
    "config_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "game_rounds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "game_rounds_game_known" CHECK ("game" IN ('slots', 'rps', 'gacha', 'crash')),
    CONSTRAINT "game_rounds_bet_positive" CHECK ("bet" > 0),
    CONSTRAINT "game_rounds_payout_non_negative" CHECK ("payout" >= 0),
    CONSTRAINT "game_rounds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "game_rounds_seed_id_fkey" FOREIGN KEY ("seed_id") REFERENCES "fairness_seeds"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "game_rounds_config_hash_fkey" FOREIGN KEY ("config_hash") REFERENCES "game_config_versions"("hash") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- A seed's nonces are used once each.
CREATE UNIQUE INDEX "game_rounds_seed_id_nonce_key" ON "game_rounds"("seed_id", "nonce");
CREATE UNIQUE INDEX "game_rounds_seq_key" ON "game_rounds"("seq");
CREATE INDEX "game_rounds_user_id_seq_idx" ON "game_rounds"("user_id", "seq");
CREATE INDEX "game_rounds_user_id_game_seq_idx" ON "game_rounds"("user_id", "game", "seq");
CREATE INDEX "game_rounds_big_win_created_at_idx" ON "game_rounds"("big_win", "created_at");

-- Per player and game: the running totals behind GET /api/games/stats/me.
CREATE TABLE "player_game_stats" (
    "user_id" UUID NOT NULL,
    "game" VARCHAR(16) NOT NULL,
    "games_played" INTEGER NOT NULL DEFAULT 0,
    "wins" INTEGER NOT NULL DEFAULT 0,
    "gold_wagered" BIGINT NOT NULL DEFAULT 0,
    "gold_won" BIGINT NOT NULL DEFAULT 0,
    "highest_multiplier" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "biggest_payout" INTEGER NOT NULL DEFAULT 0,
    "last_played_at" TIMESTAMPTZ(3),
    CONSTRAINT "player_game_stats_pkey" PRIMARY KEY ("user_id", "game"),
    CONSTRAINT "player_game_stats_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Per player: pulls since the last Legendary (pity) and today's pull count (daily limit).
CREATE TABLE "gacha_player_states" (
    "user_id" UUID NOT NULL,
    "pity_counter" INTEGER NOT NULL DEFAULT 0,
    "daily_pulls" INTEGER NOT NULL DEFAULT 0,
    "daily_pulls_date" DATE,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "gacha_player_states_pkey" PRIMARY KEY ("user_id"),
    CONSTRAINT "gacha_player_states_pity_non_negative" CHECK ("pity_counter" >= 0),
    CONSTRAINT "gacha_player_states_daily_non_negative" CHECK ("daily_pulls" >= 0),
    CONSTRAINT "gacha_player_states_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Limited stock per rarity, shared by all players; NULL = unlimited. Common is the fallback
-- and never limited. An exhausted rarity turns into Common.
CREATE TABLE "gacha_pools" (
    "rarity" VARCHAR(16) NOT NULL,
    "stock" INTEGER,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "gacha_pools_pkey" PRIMARY KEY ("rarity"),
    CONSTRAINT "gacha_pools_rarity_limitable" CHECK ("rarity" IN ('Rare', 'Epic', 'Legendary')),
    CONSTRAINT "gacha_pools_stock_non_negative" CHECK ("stock" IS NULL OR "stock" >= 0)
);
INSERT INTO "gacha_pools" ("rarity", "stock") VALUES ('Rare', NULL), ('Epic', NULL), ('Legendary', NULL);

-- A crash round from bet to settlement (the CrashRoundWorkflow's read model). Settled rounds
-- are also written to game_rounds under the same id.
CREATE TABLE "crash_rounds" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" VARCHAR(16) NOT NULL DEFAULT 'running',
    "bet" INTEGER NOT NULL,
    "auto_cashout" DECIMAL(12,2),
    "crash_point" DECIMAL(12,2) NOT NULL,
    "seed_id" UUID NOT NULL,
    "server_seed_hash" VARCHAR(64) NOT NULL,
    "client_seed" VARCHAR(64) NOT NULL,
    "nonce" INTEGER NOT NULL,
    "config_hash" VARCHAR(64) NOT NULL,
    "workflow_id" VARCHAR(200) NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "settled_at" TIMESTAMPTZ(3),
    "trigger" VARCHAR(16),
    "cashout_multiplier" DECIMAL(12,2),
    "elapsed_ms" INTEGER,
    "payout" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "crash_rounds_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "crash_rounds_status_known" CHECK ("status" IN ('running', 'cashed_out', 'crashed', 'void')),
    CONSTRAINT "crash_rounds_bet_positive" CHECK ("bet" > 0),
    CONSTRAINT "crash_rounds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "crash_rounds_seed_id_fkey" FOREIGN KEY ("seed_id") REFERENCES "fairness_seeds"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "crash_rounds_config_hash_fkey" FOREIGN KEY ("config_hash") REFERENCES "game_config_versions"("hash") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "crash_rounds_workflow_id_key" ON "crash_rounds"("workflow_id");
CREATE UNIQUE INDEX "crash_rounds_seed_id_nonce_key" ON "crash_rounds"("seed_id", "nonce");
CREATE INDEX "crash_rounds_created_at_idx" ON "crash_rounds"("created_at");
CREATE INDEX "crash_rounds_user_id_created_at_idx" ON "crash_rounds"("user_id", "created_at");
-- One active round per player (partial: not expressible in schema.prisma).
CREATE UNIQUE INDEX "crash_rounds_one_running_per_user" ON "crash_rounds"("user_id") WHERE "status" = 'running';
