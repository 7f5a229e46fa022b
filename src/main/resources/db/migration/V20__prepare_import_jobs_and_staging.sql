-- What an import job needs to be resumed after the user maps an unknown publisher code, and who may see it.
ALTER TABLE import_job ADD COLUMN default_source VARCHAR(300);
ALTER TABLE import_job ADD COLUMN work_file VARCHAR(500);
ALTER TABLE import_job ADD COLUMN unmapped_publisher VARCHAR(20);
ALTER TABLE import_job ADD COLUMN unmapped_code VARCHAR(300);
ALTER TABLE import_job ADD COLUMN error_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX import_job_recent ON import_job(created_at);

-- The first source of an indicator, state and period in a file becomes the reference when no value exists yet.
ALTER TABLE import_staging ADD COLUMN first_source BOOLEAN NOT NULL DEFAULT FALSE;
-- Marks rows whose key is stored already, so that inserting the new ones never reads the table it writes.
ALTER TABLE import_staging ADD COLUMN existing BOOLEAN NOT NULL DEFAULT FALSE;
-- Staging holds only the rows of imports being written, so a scan is cheap; the index only slowed the load.
DROP INDEX import_staging_job;
