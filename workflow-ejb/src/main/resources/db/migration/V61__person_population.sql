-- The registry's countable traits of every person, for aggregates kept by other capabilities (the
-- dashboard's funnel tells the people removed after the leak apart): plain columns only, never a
-- sealed value. Read-only; the registry's table stays its own.
CREATE VIEW person_population AS
  SELECT id AS person_id, custody_status, removal_timing FROM affected_person;
