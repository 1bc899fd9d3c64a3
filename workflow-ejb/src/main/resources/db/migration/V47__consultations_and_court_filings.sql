-- The three court-access tasks that were completed by a bare button get their record, one row per
-- task completed through its form, like phone_call: written once, in the task's own transaction.
--
-- consultation: the legal consultation offered to the person (step OFFERED: the day offered and the
-- person's answer, which the process routes on) or scheduled with counsel (step SCHEDULED: when, in
-- person or remote). Counsel's name and organisation, the address of a consultation in person and
-- the caseworker's note are FieldCipher values bound to their row (Consultation:<column>:<id>): who
-- represents a person, and where they meet, says that they sought protection and where they are.
-- key_id repeats the key id of their headers (all are sealed under one key) so a key rotation finds
-- what to re-encrypt without reading every row. Step, outcome, place and the dates are plain, so a
-- supervisor can count consultations without decrypting anything.
CREATE TABLE consultation (
    id                    UUID          NOT NULL,
    case_id               UUID          NOT NULL,
    task_id               VARCHAR(64)   NOT NULL,
    step                  VARCHAR(16)   NOT NULL,
    outcome               VARCHAR(16),
    offered_on            DATE,
    scheduled_at          TIMESTAMP WITH TIME ZONE,
    place                 VARCHAR(16),
    counsel_name          VARCHAR(4000) NOT NULL,
    counsel_organisation  VARCHAR(4000) NOT NULL,
    address               VARCHAR(4000),
    note                  VARCHAR(12000),
    key_id                VARCHAR(16)   NOT NULL,
    recorded_by           VARCHAR(64)   NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_consultation PRIMARY KEY (id),
    CONSTRAINT fk_consultation_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_consultation_step CHECK (step IN ('OFFERED', 'SCHEDULED')),
    CONSTRAINT ck_consultation_outcome CHECK (outcome IS NULL OR outcome IN ('ACCEPTED', 'DECLINED')),
    CONSTRAINT ck_consultation_place CHECK (place IS NULL OR place IN ('IN_PERSON', 'REMOTE')),
    CONSTRAINT ck_consultation_shape CHECK (
        (step = 'OFFERED' AND outcome IS NOT NULL AND offered_on IS NOT NULL
            AND scheduled_at IS NULL AND place IS NULL AND address IS NULL)
        OR (step = 'SCHEDULED' AND outcome IS NULL AND offered_on IS NULL
            AND scheduled_at IS NOT NULL AND place IS NOT NULL
            AND ((place = 'IN_PERSON' AND address IS NOT NULL)
                OR (place = 'REMOTE' AND address IS NULL))))
);

CREATE INDEX ix_consultation_case ON consultation (case_id, recorded_at);
CREATE INDEX ix_consultation_key ON consultation (key_id);

-- court_filing: the notice filed with the immigration court and the case document holding the
-- filing (uploaded with the record, checked by its content and stored encrypted in case_document).
-- The court and the court's confirmation number are FieldCipher values bound to their row
-- (CourtFiling:court:<id>, CourtFiling:confirmationNumber:<id>): either finds the person's case
-- at the court. The day filed is plain.
CREATE TABLE court_filing (
    id                   UUID          NOT NULL,
    case_id              UUID          NOT NULL,
    task_id              VARCHAR(64)   NOT NULL,
    court                VARCHAR(4000) NOT NULL,
    filed_on             DATE          NOT NULL,
    confirmation_number  VARCHAR(4000) NOT NULL,
    document_id          UUID          NOT NULL,
    key_id               VARCHAR(16)   NOT NULL,
    recorded_by          VARCHAR(64)   NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_court_filing PRIMARY KEY (id),
    CONSTRAINT fk_court_filing_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT fk_court_filing_document FOREIGN KEY (document_id) REFERENCES case_document (id)
);

CREATE INDEX ix_court_filing_case ON court_filing (case_id, filed_on);
CREATE INDEX ix_court_filing_key ON court_filing (key_id);
