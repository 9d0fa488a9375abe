-- A grant batch may name an RFM segment instead of a list: its players are taken from
-- player_segments when the batch is created (a snapshot) and kept as the batch's items.
ALTER TABLE "grant_batches" ADD COLUMN "segment" VARCHAR(16);
