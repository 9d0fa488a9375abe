-- The live event bonus (issue 10): while an event is live (active, inside its window) and
-- names `rewards.live_bonus_per_win`, each winning round (payout above the bet) of a player who
-- joined it (participation active or completed) pays that much gold more, in the round's own
-- settling statement: one ledger entry per event, reason `event_bonus`, ref `<round>:<event>`.
-- game_settle_instant and crash_settle are re-created unchanged but for that call.

-- Pays the live bonuses of one winning round; p_balance is the balance after the round's payout
-- (the caller holds the user's row lock and writes the final balance). Returns the gold added.
CREATE FUNCTION "game_event_bonus"(p_round UUID, p_user UUID, p_game VARCHAR, p_balance INTEGER)
RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
  v_code VARCHAR;
  v_bonus INTEGER;
  v_total INTEGER := 0;
BEGIN
  FOR v_code, v_bonus IN
    SELECT e.code, (e.rewards->>'live_bonus_per_win')::int
    FROM event_participations p JOIN engagement_events e ON e.code = p.event_code
    WHERE p.user_id = p_user AND p.status IN ('active', 'completed') AND p.ends_at > now()
      AND e.is_active AND e.starts_at <= now() AND now() < e.ends_at
      AND COALESCE((e.rewards->>'live_bonus_per_win')::int, 0) > 0
    ORDER BY e.code
  LOOP
    v_total := v_total + v_bonus;
    INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
    VALUES (p_user, v_bonus, 'event_bonus', p_round::text || ':' || v_code, p_balance + v_total,
            jsonb_build_object('game', p_game, 'event', v_code));
  END LOOP;
  RETURN v_total;
END $$;

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

CREATE OR REPLACE FUNCTION "crash_settle"(
  p_round UUID, p_status VARCHAR, p_trigger VARCHAR, p_cashout_multiplier NUMERIC, p_elapsed_ms INTEGER,
  p_payout INTEGER, p_big_win BOOLEAN, p_result JSONB, p_vip_threshold INTEGER, p_topic VARCHAR, p_fact JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_row crash_rounds%ROWTYPE;
  v_balance INTEGER;
  v_user JSONB;
  v_bonus INTEGER := 0;
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
  IF p_payout > v_row.bet THEN
    v_bonus := game_event_bonus(p_round, v_row.user_id, 'crash', v_balance + p_payout);
  END IF;
  v_user := game_settle_user(v_row.user_id, v_balance + p_payout + v_bonus, v_row.bet, p_vip_threshold);
  UPDATE crash_rounds SET status = p_status, settled_at = clock_timestamp(), trigger = p_trigger,
    cashout_multiplier = p_cashout_multiplier, elapsed_ms = p_elapsed_ms, payout = p_payout
  WHERE id = p_round RETURNING * INTO v_row;
  PERFORM game_record_round(p_round, v_row.user_id, 'crash', v_row.bet, p_payout, COALESCE(p_cashout_multiplier, 0), p_big_win,
    p_result, v_row.seed_id, v_row.server_seed_hash, v_row.client_seed, v_row.nonce, v_row.config_hash, p_topic, p_fact);
  RETURN jsonb_build_object('status', 'settled', 'balance', v_balance + p_payout + v_bonus, 'event_bonus', v_bonus, 'round', to_jsonb(v_row)) || v_user;
END $$;
