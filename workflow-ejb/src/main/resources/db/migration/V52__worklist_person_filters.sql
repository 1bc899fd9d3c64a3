-- A worklist narrowed by the person's notice language or custody status finds that person's cases
-- first (see Worklists): these columns are looked up, not scanned.
CREATE INDEX ix_affected_person_notice_language ON affected_person (notice_language);
CREATE INDEX ix_affected_person_custody_status ON affected_person (custody_status);
