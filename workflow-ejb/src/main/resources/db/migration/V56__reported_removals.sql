-- A removal the removal office reported for a person in the registry (by A-number, which is not
-- kept: the row names the person). One row per person and scheduled date, so a manifest sent twice
-- raises the supervisors' task once. Rows the registry does not know are not kept at all.
CREATE TABLE reported_removal (
    id            UUID        NOT NULL,
    person_id     UUID        NOT NULL,
    case_id       UUID,
    scheduled_for DATE        NOT NULL,
    held          BOOLEAN     NOT NULL,
    reported_by   VARCHAR(64) NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_reported_removal PRIMARY KEY (id),
    CONSTRAINT uq_reported_removal UNIQUE (person_id, scheduled_for),
    CONSTRAINT fk_reported_removal_person FOREIGN KEY (person_id) REFERENCES affected_person (id),
    CONSTRAINT fk_reported_removal_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

CREATE INDEX ix_reported_removal_case ON reported_removal (case_id, reported_at);
