-- Worklists. A caseworker of a detention team plans a visit per facility, so a worklist narrows to
-- one facility: the facility's blind index (an HMAC of its normalised name, like the A-number's)
-- sits beside the encrypted name. Records written before it get it from the re-encryption job.
ALTER TABLE affected_person ADD COLUMN detention_facility_index VARCHAR(64);
CREATE INDEX ix_affected_person_facility_index ON affected_person (detention_facility_index);

-- The filters a caseworker saved under a name, to open from the navigation. A facility named here
-- is a place the caseworker typed, tied to nobody.
CREATE TABLE saved_worklist (
    id               UUID         NOT NULL,
    owner            VARCHAR(64)  NOT NULL,
    name             VARCHAR(60)  NOT NULL,
    task_key         VARCHAR(64),
    team             VARCHAR(64),
    custody_status   VARCHAR(16),
    notice_language  VARCHAR(2),
    facility         VARCHAR(200),
    minimum_priority INTEGER,
    overdue_only     BOOLEAN      NOT NULL,
    claimed_by_me    BOOLEAN      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_saved_worklist PRIMARY KEY (id),
    CONSTRAINT uq_saved_worklist_owner_name UNIQUE (owner, name),
    CONSTRAINT ck_saved_worklist_custody_status
        CHECK (custody_status IN ('DETAINED', 'RELEASED', 'REMOVED', 'UNKNOWN'))
);

-- Worklists sort open tasks of a team by priority and age, and join each to its case.
CREATE INDEX ix_work_item_sort ON work_item (priority, created_at);
