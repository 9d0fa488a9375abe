-- Retried plays are one play. A play sent with an Idempotency-Key gets a round id derived
-- from (player, key) (services/games/idempotent-play.ts); the settle statements answer
-- `exists` when that id is already taken, in either round table, before they take anything.
-- Same signatures as before: game_settle_instant as of 20261130090100_event_live_bonus, crash_place_bet as of 20261129100000_single_statement_writes;
-- only the check is new.

CREATE OR REPLACE FUNCTION "game_settle_instant"(
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
  v_bonus INTEGER := 0;
BEGIN
  SELECT * INTO v_seed FROM fairness_seeds f
  WHERE f.id = p_seed AND f.user_id = p_user AND f.revealed_at IS NULL AND f.next_nonce = p_nonce FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('status', 'nonce_taken');
  END IF;
  -- A round id derived from an Idempotency-Key that is already taken: the retry of a play
  -- that happened. Every play of this player holds the seed row lock from here on, so an
  -- earlier play with this id has committed by now; the primary key refuses any other race.
  IF EXISTS (SELECT 1 FROM game_rounds WHERE id = p_round) OR EXISTS (SELECT 1 FROM crash_rounds WHERE id = p_round) THEN
    RETURN jsonb_build_object('status', 'exists');
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
  IF p_payout > p_bet THEN
    v_bonus := game_event_bonus(p_round, p_user, p_game, v_balance - p_bet + p_payout);
  END IF;
  v_user := game_settle_user(p_user, v_balance - p_bet + p_payout + v_bonus, p_bet, p_vip_threshold);
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
  RETURN jsonb_build_object('status', 'settled', 'balance', v_balance - p_bet + p_payout + v_bonus, 'event_bonus', v_bonus, 'created_at', v_created,
    'server_seed_hash', v_seed.server_seed_hash, 'client_seed', v_seed.client_seed) || v_user;
END $$;

CREATE OR REPLACE FUNCTION "crash_place_bet"(
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
  -- The retry of a bet placed under the same Idempotency-Key (see game_settle_instant): it
  -- answers that round, before the one-running-round check would refuse it.
  IF EXISTS (SELECT 1 FROM crash_rounds WHERE id = p_round) OR EXISTS (SELECT 1 FROM game_rounds WHERE id = p_round) THEN
    RETURN jsonb_build_object('status', 'exists');
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
