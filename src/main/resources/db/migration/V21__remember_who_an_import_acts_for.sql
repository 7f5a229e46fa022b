-- An import keeps the rights of the person who uploaded it, also when someone else (the Secretariat) answers
-- its mapping question and it resumes: a coordinator's file never writes another state's rows.
ALTER TABLE import_job ADD COLUMN acting_role VARCHAR(40);
ALTER TABLE import_job ADD COLUMN acting_state VARCHAR(3);
