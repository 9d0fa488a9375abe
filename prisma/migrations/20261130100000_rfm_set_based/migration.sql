-- RFM runs score each keyset batch of players in one statement (measure, score, upsert, facts)
-- against thresholds computed once per run and stored on segment_runs.cut_points: per-player
-- measures are no longer written per run, and player_segments keeps each player's latest ones.
DROP TABLE "segment_run_players";
