-- Two tasks that were completed by a bare button get their record, written in the task's own
-- transaction: the supervisors' custody review of a detained person, and the attempts to stop a
-- removal scheduled while the removal hold stands. Rows are only ever added (a key rotation
-- re-seals their sealed columns).
--
-- custody_review: one row per review task completed through its form. The decision is the
-- process's outcome and stays plain with its day, so the campaign can count decisions without
-- decrypting anything. The grounds are a FieldCipher value bound to their row
-- (CustodyReview:grounds:<id>): why a person stays detained or should be released says as much
-- about them as a caseworker's note. key_id repeats the key id of its header so a key rotation
-- finds what to re-encrypt without reading every row.
CREATE TABLE custody_review (
    id           UUID        NOT NULL,
    case_id      UUID        NOT NULL,
    task_id      VARCHAR(64) NOT NULL,
    decision     VARCHAR(32) NOT NULL,
    decided_on   DATE        NOT NULL,
    grounds      VARCHAR(12000) NOT NULL,
    key_id       VARCHAR(16) NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_custody_review PRIMARY KEY (id),
    CONSTRAINT fk_custody_review_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT uq_custody_review_task UNIQUE (task_id),
    CONSTRAINT ck_custody_review_decision
        CHECK (decision IN ('RELEASE_REQUESTED', 'DETENTION_CONTINUES', 'TRANSFER_REQUESTED'))
);

CREATE INDEX ix_custody_review_case ON custody_review (case_id, decided_on);
CREATE INDEX ix_custody_review_key ON custody_review (key_id);

-- removal_stop: one row per attempt to stop a scheduled removal, several per task until one
-- confirms the stop (that one completes the task). Who was reached (an officer or an office) and
-- the note of what was said are FieldCipher values bound to their row (RemovalStop:reached:<id>,
-- RemovalStop:note:<id>): which office handles a person's removal says where they are held and
-- that they are being removed. An attempt that did not stop the removal must say what was said.
-- Channel, time and whether the stop was confirmed are plain.
CREATE TABLE removal_stop (
    id           UUID        NOT NULL,
    case_id      UUID        NOT NULL,
    task_id      VARCHAR(64) NOT NULL,
    reached      VARCHAR(4000) NOT NULL,
    channel      VARCHAR(32) NOT NULL,
    reached_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped      BOOLEAN     NOT NULL,
    note         VARCHAR(12000),
    key_id       VARCHAR(16) NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_removal_stop PRIMARY KEY (id),
    CONSTRAINT fk_removal_stop_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_removal_stop_channel
        CHECK (channel IN ('PHONE', 'EMAIL', 'IN_PERSON', 'THROUGH_COUNSEL')),
    CONSTRAINT ck_removal_stop_note CHECK (stopped = TRUE OR note IS NOT NULL)
);

CREATE INDEX ix_removal_stop_case ON removal_stop (case_id, reached_at);
CREATE INDEX ix_removal_stop_task ON removal_stop (task_id);
CREATE INDEX ix_removal_stop_key ON removal_stop (key_id);
