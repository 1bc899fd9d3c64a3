-- Retention: the personal data of a case closed longer than the retention period is erased (see
-- org.outreach.retention). Rows the campaign's figures count stay, emptied of every sealed value,
-- so the columns that held one may now be empty, and a row without a sealed value names no key.
ALTER TABLE affected_person ALTER COLUMN family_name DROP NOT NULL;
ALTER TABLE affected_person ALTER COLUMN given_names DROP NOT NULL;
ALTER TABLE affected_person ALTER COLUMN date_of_birth DROP NOT NULL;
ALTER TABLE affected_person ALTER COLUMN a_number DROP NOT NULL;
ALTER TABLE affected_person ALTER COLUMN a_number_index DROP NOT NULL;
ALTER TABLE affected_person ALTER COLUMN date_of_birth_index DROP NOT NULL;
-- when the person's record was erased; an erased record keeps only what the anonymous statistics
-- count (population, nationality, facility, notice language)
ALTER TABLE affected_person ADD COLUMN erased_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE consultation ALTER COLUMN counsel_name DROP NOT NULL;
ALTER TABLE consultation ALTER COLUMN counsel_organisation DROP NOT NULL;
ALTER TABLE consultation ALTER COLUMN key_id DROP NOT NULL;

ALTER TABLE outbox_message ALTER COLUMN body DROP NOT NULL;

-- erased_case: what the retention job erased, case by case, for the supervisors' report. Holds the
-- case's reference, population and outcome (no personal value) and how many records of each kind
-- went.
CREATE TABLE erased_case (
    case_id           UUID        NOT NULL,
    case_reference    VARCHAR(16) NOT NULL,
    population        VARCHAR(32) NOT NULL,
    outcome           VARCHAR(32),
    closed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    erased_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    records_erased    INTEGER     NOT NULL,
    documents_erased  INTEGER     NOT NULL,
    processes_erased  INTEGER     NOT NULL,
    erased_kinds      VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_erased_case PRIMARY KEY (case_id),
    CONSTRAINT fk_erased_case_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

CREATE INDEX ix_erased_case_erased_at ON erased_case (erased_at);
CREATE INDEX ix_outreach_case_closed_at ON outreach_case (closed_at);
