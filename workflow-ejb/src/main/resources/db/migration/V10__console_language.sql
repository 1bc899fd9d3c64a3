-- The language a staff member chose for the console (an ISO 639-1 code the console offers); null
-- means the browser's language decides.
ALTER TABLE app_user ADD COLUMN console_language VARCHAR(8);
