-- consultation_held: a scheduled consultation that took place, as a caseworker recorded it on the
-- case (the day only; written once per consultation). The court capability publishes the cases
-- whose consultation took place as a view of case ids (no value) that the campaign funnel joins.
CREATE TABLE consultation_held (
    consultation_id UUID        NOT NULL,
    case_id         UUID        NOT NULL,
    held_on         DATE        NOT NULL,
    recorded_by     VARCHAR(64) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_consultation_held PRIMARY KEY (consultation_id),
    CONSTRAINT fk_consultation_held_consultation FOREIGN KEY (consultation_id)
        REFERENCES consultation (id),
    CONSTRAINT fk_consultation_held_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

CREATE INDEX ix_consultation_held_case ON consultation_held (case_id);

CREATE VIEW consultation_held_case AS SELECT DISTINCT case_id FROM consultation_held;
