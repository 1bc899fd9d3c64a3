-- One row per import of a list of affected people: who, when, how, what came of it. The report
-- holds row numbers, column names and reasons only, never a cell's value.
CREATE TABLE person_import (
    id                   UUID          NOT NULL,
    state                VARCHAR(32)   NOT NULL,
    problem_policy       VARCHAR(16)   NOT NULL,
    existing_policy      VARCHAR(16)   NOT NULL,
    rows_total           INTEGER       NOT NULL,
    rows_invalid         INTEGER       NOT NULL,
    problem_count        INTEGER       NOT NULL,
    people_created       INTEGER       NOT NULL,
    people_updated       INTEGER       NOT NULL,
    custody_changes      INTEGER       NOT NULL,
    custody_delivered    INTEGER       NOT NULL,
    start_failed         INTEGER       NOT NULL,
    report               VARCHAR(1000000),
    imported_by          VARCHAR(64)   NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT        NOT NULL,
    CONSTRAINT pk_person_import PRIMARY KEY (id),
    CONSTRAINT ck_person_import_state
        CHECK (state IN ('REJECTED', 'FAILED', 'STARTING', 'STARTED', 'STARTED_WITH_FAILURES'))
);

-- The people an import created or updated, by row; the bulk start works through the created ones
-- that have no case yet, so it can resume after a failure or a restart.
CREATE TABLE person_import_entry (
    import_id   UUID    NOT NULL,
    person_id   UUID    NOT NULL,
    source_row  INTEGER NOT NULL,
    created     BOOLEAN NOT NULL,
    CONSTRAINT pk_person_import_entry PRIMARY KEY (import_id, person_id),
    CONSTRAINT fk_person_import_entry_import FOREIGN KEY (import_id) REFERENCES person_import (id),
    CONSTRAINT fk_person_import_entry_person FOREIGN KEY (person_id) REFERENCES affected_person (id)
);

CREATE INDEX ix_person_import_entry_person ON person_import_entry (person_id);
