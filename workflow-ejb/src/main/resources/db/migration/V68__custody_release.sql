-- custody_release: a detained person's release from detention, as a caseworker or supervisor
-- recorded it on the case once the custody review was taken (the day only; once per case). The
-- custody capability publishes the released cases as a view of case ids (no value) that the
-- campaign funnel joins.
CREATE TABLE custody_release (
    case_id     UUID        NOT NULL,
    released_on DATE        NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_custody_release PRIMARY KEY (case_id),
    CONSTRAINT fk_custody_release_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

CREATE VIEW custody_released_case AS SELECT case_id FROM custody_release;
