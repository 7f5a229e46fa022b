-- Summaries of a document in all three working languages.
ALTER TABLE initiative ADD COLUMN summary_ru TEXT;
ALTER TABLE initiative ADD COLUMN summary_tr TEXT;

-- Commitments keep the order in which the document states them.
ALTER TABLE commitment ADD COLUMN sort_order INTEGER NOT NULL DEFAULT 0;
-- What the platform's summary of the commitment rests on (the document itself, or reports of it when the full
-- text was not available), so that readers know it is not the document's wording.
ALTER TABLE commitment ADD COLUMN summary_basis VARCHAR(400);

CREATE INDEX commitment_initiative ON commitment(initiative_id);
CREATE INDEX commitment_indicator_code ON commitment_indicator(indicator_code);
CREATE INDEX commitment_state_code ON commitment_state(state_code);
