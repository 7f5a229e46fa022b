-- Who asks written questions in a cycle: the assigned examiners only, or every other member state as well (the
-- WTO practice, and what every cycle did before this setting existed).
ALTER TABLE review_cycle ADD COLUMN questions_from VARCHAR(30) DEFAULT 'EXAMINERS_AND_MEMBERS' NOT NULL;
