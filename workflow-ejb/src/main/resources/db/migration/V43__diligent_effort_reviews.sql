-- A supervisor's review of the diligent effort made to reach a person, one row per review task
-- completed through its form: continue the search, or treat the person as unreachable, and why.
-- Rows are only ever added.
-- The reason is a FieldCipher value bound to its row (DiligentEffortReview:reason:<id>): a
-- supervisor explains the decision with what the attempts learned, which is as personal as the
-- attempt notes. key_id repeats the key id of its header so a key rotation finds what to
-- re-encrypt without reading every row. The decision, the number of attempts the supervisor had
-- before them and the times are plain so the campaign can count reviews without decrypting.
CREATE TABLE diligent_effort_review (
    id                 UUID        NOT NULL,
    case_id            UUID        NOT NULL,
    task_id            VARCHAR(64) NOT NULL,
    decision           VARCHAR(32) NOT NULL,
    reason             VARCHAR(12000) NOT NULL,
    key_id             VARCHAR(16) NOT NULL,
    attempts_reviewed  INTEGER     NOT NULL,
    reviewed_by        VARCHAR(64) NOT NULL,
    reviewed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_diligent_effort_review PRIMARY KEY (id),
    CONSTRAINT fk_diligent_effort_review_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT uq_diligent_effort_review_task UNIQUE (task_id),
    CONSTRAINT ck_diligent_effort_review_decision
        CHECK (decision IN ('CONTINUE_SEARCH', 'UNREACHABLE')),
    CONSTRAINT ck_diligent_effort_review_attempts CHECK (attempts_reviewed >= 0)
);

CREATE INDEX ix_diligent_effort_review_case ON diligent_effort_review (case_id, reviewed_at);
CREATE INDEX ix_diligent_effort_review_key ON diligent_effort_review (key_id);
