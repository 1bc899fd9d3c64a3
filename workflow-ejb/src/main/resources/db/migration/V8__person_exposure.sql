-- What of a person the published file held, as the import recorded it: ExposedField names
-- (NAME, DATE_OF_BIRTH, NATIONALITY, DETENTION_LOCATION, A_NUMBER) separated by commas, NULL when
-- no list said. Which fields leaked is a set of flags, not the values, so the column is plain like
-- the notice language. That the person sought protection is not stored here: it follows from
-- disclosed_to_government. The case collects both (outreach_case_exposure).
ALTER TABLE affected_person ADD COLUMN exposed_fields VARCHAR(100);
