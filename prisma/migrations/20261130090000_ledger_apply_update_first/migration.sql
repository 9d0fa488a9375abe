-- The ledger's one statement, cheaper: the balance UPDATE itself takes the user's row lock,
-- instead of a SELECT ... FOR NO KEY UPDATE before it (which writes the row's lock into the heap
-- and the WAL, then the UPDATE writes the row again). Same answers and guarantees as before:
-- applied | replayed | conflict | insufficient | not_found, never below zero, idempotent by
-- (reason, ref). The rare replay is found after the lock is held and the balance moved back in
-- the same statement, so nothing of it is ever visible.
CREATE OR REPLACE FUNCTION "ledger_apply"(p_user UUID, p_delta INTEGER, p_reason VARCHAR, p_ref VARCHAR, p_meta JSONB)
RETURNS JSONB LANGUAGE plpgsql AS $$
DECLARE
  v_balance INTEGER;
  v_entry ledger_entries%ROWTYPE;
BEGIN
  UPDATE users SET gold_balance = gold_balance + p_delta, updated_at = now()
  WHERE id = p_user AND gold_balance + p_delta >= 0
  RETURNING gold_balance INTO v_balance;
  IF NOT FOUND THEN
    -- No row moved: unknown user, not enough gold, or (a debit) replayed after the balance fell.
    SELECT u.gold_balance INTO v_balance FROM users u WHERE u.id = p_user FOR NO KEY UPDATE;
    IF NOT FOUND THEN
      RETURN jsonb_build_object('status', 'not_found');
    END IF;
    SELECT * INTO v_entry FROM ledger_entries l WHERE l.reason = p_reason AND l.ref = p_ref;
    IF NOT FOUND THEN
      RETURN jsonb_build_object('status', 'insufficient', 'balance', v_balance);
    END IF;
  ELSE
    -- The row lock is held from here: a (reason, ref) applied before is visible now.
    INSERT INTO ledger_entries (user_id, delta, reason, ref, balance_after, meta)
    VALUES (p_user, p_delta, p_reason, p_ref, v_balance, p_meta)
    ON CONFLICT (reason, ref) DO NOTHING
    RETURNING * INTO v_entry;
    IF FOUND THEN
      RETURN jsonb_build_object('status', 'applied', 'balance', v_balance, 'entry', to_jsonb(v_entry) - 'meta');
    END IF;
    -- (reason, ref) exists: undo the move inside this statement and answer what it was.
    UPDATE users SET gold_balance = gold_balance - p_delta WHERE id = p_user RETURNING gold_balance INTO v_balance;
    SELECT * INTO v_entry FROM ledger_entries l WHERE l.reason = p_reason AND l.ref = p_ref;
  END IF;
  RETURN jsonb_build_object(
    'status', CASE WHEN v_entry.user_id = p_user AND v_entry.delta = p_delta THEN 'replayed' ELSE 'conflict' END,
    'balance', v_balance,
    'entry', to_jsonb(v_entry) - 'meta');
END $$;
