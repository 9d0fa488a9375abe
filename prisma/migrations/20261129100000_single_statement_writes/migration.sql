-- Write paths in one round trip (issue 12). Each function below is called as ONE statement
-- (`SELECT fn(...)`), so it runs in the statement's own transaction, or in the caller's when
-- the caller has one open; its row locks last only for that transaction, never across the
-- network while the client computes. Every function answers a JSONB object whose `status`
-- says what happened; refusals change nothing.

-- The ledger: lock the user's row, look up (reason, ref), refuse a debit below zero, append
-- the entry and move the balance. status: applied | replayed (the same change was applied
-- before: nothing changes) | conflict ((reason, ref) was used for another change) |
-- insufficient | not_found.
CREATE FUNCTION "ledger_apply"(p_user UUID, p_delta INTEGER, p_reason VARCHAR, p_ref VARCHAR, p_meta JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_balance INTEGER;
  v_entry ledger_entries%ROWTYPE;
BEGIN
  -- NO KEY UPDATE: serialises changes of one balance, still lets rows referencing the user be inserted.
  SELECT u.gold_balance INTO v_balance FROM users u WHERE u.id = p_user FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'not_found');
  END IF;
  SELECT * INTO v_entry FROM ledger_entries l WHERE l.reason = p_reason AND l.ref = p_ref;
  IF NOT FOUND THEN
    IF v_balance + p_delta < 0 THEN
      RETURN jsonb_build_object('status', 'insufficient', 'balance', v_balance);
    END IF;
    INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
    VALUES (p_user, p_delta, p_reason, p_ref, v_balance + p_delta, p_meta)
    ON CONFLICT (reason, ref) DO NOTHING
    RETURNING * INTO v_entry;
    IF FOUND THEN
      UPDATE users SET gold_balance = v_balance + p_delta, updated_at = now() WHERE id = p_user;
      RETURN jsonb_build_object('status', 'applied', 'balance', v_balance + p_delta, 'entry', to_jsonb(v_entry) - 'meta');
    END IF;
    -- Another user's apply of the same (reason, ref) committed meanwhile (it held another row lock).
    SELECT * INTO v_entry FROM ledger_entries l WHERE l.reason = p_reason AND l.ref = p_ref;
  END IF;
  RETURN jsonb_build_object(
    'status', CASE WHEN v_entry.user_id = p_user AND v_entry.delta = p_delta THEN 'replayed' ELSE 'conflict' END,
    'balance', v_balance,
    'entry', to_jsonb(v_entry) - 'meta');
END $$;

-- A game round's wager moves the player's balance and earns VIP points in the same UPDATE:
-- 1 point per 100 gold wagered, counted on the player's total wager over all games
-- (player_game_stats.gold_wagered, read BEFORE this round's stats are added), so the gold
-- below a multiple of 100 carries over to the next round instead of being lost:
--   points gained = floor((wagered + bet) / 100) - floor(wagered / 100).
-- A STANDARD player whose points reach p_vip_threshold becomes VIP here; points never demote
-- (this only ever adds, and only STANDARD is promoted: ADMIN and VIP stay what they are).
-- The caller holds the user's row lock.
CREATE FUNCTION "game_settle_user"(p_user UUID, p_balance INTEGER, p_wager INTEGER, p_vip_threshold INTEGER)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_wagered BIGINT;
  v_gain INTEGER;
  v_points INTEGER;
  v_role user_role;
  v_was_standard BOOLEAN;
BEGIN
  SELECT u.role = 'STANDARD' INTO v_was_standard FROM users u WHERE u.id = p_user;
  SELECT COALESCE(SUM(s.gold_wagered), 0) INTO v_wagered FROM player_game_stats s WHERE s.user_id = p_user;
  v_gain := ((v_wagered + p_wager) / 100 - v_wagered / 100)::INTEGER;
  UPDATE users u SET
    gold_balance = p_balance,
    vip_points = u.vip_points + v_gain,
    role = CASE WHEN u.role = 'STANDARD' AND u.vip_points + v_gain >= p_vip_threshold THEN 'VIP'::user_role ELSE u.role END,
    updated_at = now()
  WHERE u.id = p_user
  RETURNING u.vip_points, u.role INTO v_points, v_role;
  RETURN jsonb_build_object('vip_points', v_points, 'role', v_role, 'vip_points_gained', v_gain,
    'promoted', COALESCE(v_was_standard AND v_role = 'VIP', false));
END $$;

-- The history row, the per-game stats and the `game.round_settled` outbox fact of a finished
-- round (slots, rps, gacha, crash). `p_fact` is the fact's payload as the caller built it;
-- `playedAt` is added here from the row's own timestamp. Returns the row's created_at.
CREATE FUNCTION "game_record_round"(
  p_round UUID, p_user UUID, p_game VARCHAR, p_bet INTEGER, p_payout INTEGER, p_multiplier NUMERIC,
  p_big_win BOOLEAN, p_result JSONB, p_seed UUID, p_server_seed_hash VARCHAR, p_client_seed VARCHAR,
  p_nonce INTEGER, p_config_hash VARCHAR, p_topic VARCHAR, p_fact JSONB)
RETURNS TIMESTAMPTZ LANGUAGE plpgsql AS $$
DECLARE
  v_created TIMESTAMPTZ;
  v_win BOOLEAN := p_payout > p_bet;
BEGIN
  INSERT INTO game_rounds (id, user_id, game, bet, payout, multiplier, win, big_win, result, seed_id, server_seed_hash, client_seed, nonce, config_hash)
  VALUES (p_round, p_user, p_game, p_bet, p_payout, p_multiplier, v_win, p_big_win, p_result, p_seed, p_server_seed_hash, p_client_seed, p_nonce, p_config_hash)
  RETURNING created_at INTO v_created;
  INSERT INTO player_game_stats AS s (user_id, game, games_played, wins, gold_wagered, gold_won, highest_multiplier, biggest_payout, last_played_at)
  VALUES (p_user, p_game, 1, CASE WHEN v_win THEN 1 ELSE 0 END, p_bet, p_payout, p_multiplier, p_payout, v_created)
  ON CONFLICT (user_id, game) DO UPDATE SET
    games_played = s.games_played + 1,
    wins = s.wins + EXCLUDED.wins,
    gold_wagered = s.gold_wagered + EXCLUDED.gold_wagered,
    gold_won = s.gold_won + EXCLUDED.gold_won,
    highest_multiplier = GREATEST(s.highest_multiplier, EXCLUDED.highest_multiplier),
    biggest_payout = GREATEST(s.biggest_payout, EXCLUDED.biggest_payout),
    last_played_at = EXCLUDED.last_played_at;
  INSERT INTO outbox_events (event_id, topic, key, type, payload)
  VALUES (gen_random_uuid(), p_topic, p_user::text, 'game.round_settled',
          p_fact || jsonb_build_object('playedAt', to_char(v_created AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  RETURN v_created;
END $$;

-- Settles an instant round (slots, rps, gacha) whose outcome the client computed from the seed
-- state it read: the nonce is taken by compare-and-set on next_nonce (status nonce_taken when
-- another round took it first: the client reads again and replays, nothing was written), the
-- stake is checked (insufficient), gacha's own state is checked against what the pull was
-- computed from (state_changed), then the bet and payout entries, the balance and VIP points,
-- the round, the stats, gacha's state and pools, and the outbox fact are written.
-- p_gacha (NULL for other games): {"pity_before", "pity_after", "used_before", "taken": {"<rarity>": n}}.
-- Locks, in this order (the order every writer uses): the seed row, gacha's player row, the
-- pools the pull took from (only those), the user row.
CREATE FUNCTION "game_settle_instant"(
  p_round UUID, p_user UUID, p_game VARCHAR, p_seed UUID, p_nonce INTEGER, p_bet INTEGER, p_payout INTEGER,
  p_multiplier NUMERIC, p_big_win BOOLEAN, p_result JSONB, p_config_hash VARCHAR, p_vip_threshold INTEGER,
  p_topic VARCHAR, p_fact JSONB, p_gacha JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_seed fairness_seeds%ROWTYPE;
  v_balance INTEGER;
  v_pity INTEGER;
  v_used INTEGER;
  v_today DATE := (now() AT TIME ZONE 'UTC')::date;
  v_rarity TEXT;
  v_taken INTEGER;
  v_stock INTEGER;
  v_user JSONB;
  v_created TIMESTAMPTZ;
BEGIN
  SELECT * INTO v_seed FROM fairness_seeds f
  WHERE f.id = p_seed AND f.user_id = p_user AND f.revealed_at IS NULL AND f.next_nonce = p_nonce FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'nonce_taken');
  END IF;
  IF p_gacha IS NOT NULL THEN
    SELECT g.pity_counter, CASE WHEN g.daily_pulls_date = v_today THEN g.daily_pulls ELSE 0 END
    INTO v_pity, v_used FROM gacha_player_states g WHERE g.user_id = p_user FOR UPDATE;
    IF NOT FOUND THEN
      v_pity := 0;
      v_used := 0;
    END IF;
    IF v_pity <> (p_gacha->>'pity_before')::int OR v_used <> (p_gacha->>'used_before')::int THEN
      RETURN jsonb_build_object('status', 'state_changed');
    END IF;
    FOR v_rarity, v_taken IN SELECT t.key, t.value::int FROM jsonb_each_text(p_gacha->'taken') t WHERE t.value::int > 0 ORDER BY t.key LOOP
      SELECT p.stock INTO v_stock FROM gacha_pools p WHERE p.rarity = v_rarity FOR UPDATE;
      IF v_stock IS NULL OR v_stock < v_taken THEN
        RETURN jsonb_build_object('status', 'state_changed');
      END IF;
    END LOOP;
  END IF;
  SELECT u.gold_balance INTO v_balance FROM users u WHERE u.id = p_user FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'not_found');
  END IF;
  IF v_balance < p_bet THEN
    RETURN jsonb_build_object('status', 'insufficient', 'balance', v_balance);
  END IF;

  UPDATE fairness_seeds SET next_nonce = next_nonce + 1 WHERE id = p_seed;
  INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
  VALUES (p_user, -p_bet, 'game_bet', p_round::text, v_balance - p_bet, jsonb_build_object('game', p_game));
  IF p_payout > 0 THEN
    INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
    VALUES (p_user, p_payout, 'game_payout', p_round::text, v_balance - p_bet + p_payout, jsonb_build_object('game', p_game));
  END IF;
  v_user := game_settle_user(p_user, v_balance - p_bet + p_payout, p_bet, p_vip_threshold);
  IF p_gacha IS NOT NULL THEN
    INSERT INTO gacha_player_states AS g (user_id, pity_counter, daily_pulls, daily_pulls_date, updated_at)
    VALUES (p_user, (p_gacha->>'pity_after')::int, v_used + 1, v_today, now())
    ON CONFLICT (user_id) DO UPDATE SET pity_counter = EXCLUDED.pity_counter, daily_pulls = EXCLUDED.daily_pulls,
      daily_pulls_date = EXCLUDED.daily_pulls_date, updated_at = EXCLUDED.updated_at;
    UPDATE gacha_pools p SET stock = p.stock - t.value::int, updated_at = now()
    FROM jsonb_each_text(p_gacha->'taken') t WHERE p.rarity = t.key AND t.value::int > 0;
  END IF;
  v_created := game_record_round(p_round, p_user, p_game, p_bet, p_payout, p_multiplier, p_big_win, p_result,
    p_seed, v_seed.server_seed_hash, v_seed.client_seed, p_nonce, p_config_hash, p_topic, p_fact);
  RETURN jsonb_build_object('status', 'settled', 'balance', v_balance - p_bet + p_payout, 'created_at', v_created,
    'server_seed_hash', v_seed.server_seed_hash, 'client_seed', v_seed.client_seed) || v_user;
END $$;

-- Takes a crash bet: the nonce by compare-and-set (nonce_taken), one running round per player
-- (round_active, with its id), the stake (insufficient), then the game_bet entry, the balance,
-- the round row (started now) and the `game.crash_bet_placed` fact (p_fact, plus startedAt).
-- VIP points are earned when the round settles (a voided round earns none).
CREATE FUNCTION "crash_place_bet"(
  p_round UUID, p_user UUID, p_seed UUID, p_nonce INTEGER, p_bet INTEGER, p_auto_cashout NUMERIC,
  p_crash_point NUMERIC, p_config_hash VARCHAR, p_workflow_id VARCHAR, p_topic VARCHAR, p_fact JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_seed fairness_seeds%ROWTYPE;
  v_running UUID;
  v_balance INTEGER;
  v_row crash_rounds%ROWTYPE;
BEGIN
  SELECT * INTO v_seed FROM fairness_seeds f
  WHERE f.id = p_seed AND f.user_id = p_user AND f.revealed_at IS NULL AND f.next_nonce = p_nonce FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'nonce_taken');
  END IF;
  -- Every bet of this player holds the seed row lock here, so this check cannot race another bet.
  SELECT c.id INTO v_running FROM crash_rounds c WHERE c.user_id = p_user AND c.status = 'running' LIMIT 1;
  IF FOUND THEN
    RETURN jsonb_build_object('status', 'round_active', 'round_id', v_running);
  END IF;
  SELECT u.gold_balance INTO v_balance FROM users u WHERE u.id = p_user FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'not_found');
  END IF;
  IF v_balance < p_bet THEN
    RETURN jsonb_build_object('status', 'insufficient', 'balance', v_balance);
  END IF;
  UPDATE fairness_seeds SET next_nonce = next_nonce + 1 WHERE id = p_seed;
  INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
  VALUES (p_user, -p_bet, 'game_bet', p_round::text, v_balance - p_bet, jsonb_build_object('game', 'crash'));
  UPDATE users SET gold_balance = v_balance - p_bet, updated_at = now() WHERE id = p_user;
  INSERT INTO crash_rounds (id, user_id, bet, auto_cashout, crash_point, seed_id, server_seed_hash, client_seed, nonce, config_hash, workflow_id, started_at)
  VALUES (p_round, p_user, p_bet, p_auto_cashout, p_crash_point, p_seed, v_seed.server_seed_hash, v_seed.client_seed, p_nonce, p_config_hash, p_workflow_id, clock_timestamp())
  RETURNING * INTO v_row;
  INSERT INTO outbox_events (event_id, topic, key, type, payload)
  VALUES (gen_random_uuid(), p_topic, p_user::text, 'game.crash_bet_placed',
          p_fact || jsonb_build_object('startedAt', to_char(v_row.started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
  RETURN jsonb_build_object('status', 'placed', 'balance', v_balance - p_bet, 'round', to_jsonb(v_row));
END $$;

-- Settles a decided crash round once: under the round's row lock, a round no longer running
-- answers already_settled (activity retries, a voided round, a second cashout); otherwise the
-- payout entry (when p_payout > 0), the balance and VIP points (the round's bet is its wager),
-- the round's settlement columns, its history row, the stats and the fact.
CREATE FUNCTION "crash_settle"(
  p_round UUID, p_status VARCHAR, p_trigger VARCHAR, p_cashout_multiplier NUMERIC, p_elapsed_ms INTEGER,
  p_payout INTEGER, p_big_win BOOLEAN, p_result JSONB, p_vip_threshold INTEGER, p_topic VARCHAR, p_fact JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_row crash_rounds%ROWTYPE;
  v_balance INTEGER;
  v_user JSONB;
BEGIN
  SELECT * INTO v_row FROM crash_rounds c WHERE c.id = p_round FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'not_found');
  END IF;
  SELECT u.gold_balance INTO v_balance FROM users u WHERE u.id = v_row.user_id FOR NO KEY UPDATE;
  IF v_row.status <> 'running' THEN
    RETURN jsonb_build_object('status', 'already_settled', 'balance', v_balance, 'round', to_jsonb(v_row));
  END IF;
  IF p_payout > 0 THEN
    INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
    VALUES (v_row.user_id, p_payout, 'game_payout', p_round::text, v_balance + p_payout, jsonb_build_object('game', 'crash'));
  END IF;
  v_user := game_settle_user(v_row.user_id, v_balance + p_payout, v_row.bet, p_vip_threshold);
  UPDATE crash_rounds SET status = p_status, settled_at = clock_timestamp(), trigger = p_trigger,
    cashout_multiplier = p_cashout_multiplier, elapsed_ms = p_elapsed_ms, payout = p_payout
  WHERE id = p_round RETURNING * INTO v_row;
  PERFORM game_record_round(p_round, v_row.user_id, 'crash', v_row.bet, p_payout, COALESCE(p_cashout_multiplier, 0), p_big_win,
    p_result, v_row.seed_id, v_row.server_seed_hash, v_row.client_seed, v_row.nonce, v_row.config_hash, p_topic, p_fact);
  RETURN jsonb_build_object('status', 'settled', 'balance', v_balance + p_payout, 'round', to_jsonb(v_row)) || v_user;
END $$;
