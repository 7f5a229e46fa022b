-- The day a cycle's conclusions were adopted (publication is due a configured time after it), and whether the
-- report came out after that deadline: a late publication is not refused, it is flagged.
ALTER TABLE review_cycle ADD COLUMN adopted_on DATE;
ALTER TABLE review_cycle ADD COLUMN published_late BOOLEAN NOT NULL DEFAULT FALSE;
