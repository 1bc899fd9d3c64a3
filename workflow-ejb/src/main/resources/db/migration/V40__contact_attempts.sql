-- What a caseworker tried to reach a person whose whereabouts are unknown, one row per attempt,
-- and how the search of a task ended (found through one of the person's safe contact points, or
-- not found): the evidence of diligent effort. Rows are only ever added.
-- The note and the contact point a search ended with are FieldCipher values bound to their row
-- (ContactAttempt:note:<id>, ContactAttempt:contactValue:<id>): what was said on a call is as
-- personal as the number called. key_id repeats the key id of their headers (both are sealed under
-- one key) so a key rotation finds what to re-encrypt without reading every row; it is empty for a
-- row without sealed values. Channel, result and times are plain so a supervisor can count attempts
-- without decrypting anything.
-- A conclusion row (conclusion set) has no channel or result of its own when nobody was found.
CREATE TABLE contact_attempt (
    id            UUID        NOT NULL,
    case_id       UUID        NOT NULL,
    task_id       VARCHAR(64) NOT NULL,
    conclusion    VARCHAR(16),
    channel       VARCHAR(32),
    result        VARCHAR(32),
    attempted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    note          VARCHAR(12000),
    contact_kind  VARCHAR(32),
    contact_value VARCHAR(4000),
    key_id        VARCHAR(16),
    recorded_by   VARCHAR(64) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_contact_attempt PRIMARY KEY (id),
    CONSTRAINT fk_contact_attempt_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_contact_attempt_conclusion CHECK (conclusion IN ('FOUND', 'NOT_FOUND')),
    CONSTRAINT ck_contact_attempt_channel
        CHECK (channel IN ('PHONE', 'EMAIL', 'ATTORNEY', 'PARTNER_ORGANISATION',
                           'FACILITY_LOOKUP', 'ADDRESS_VISIT')),
    CONSTRAINT ck_contact_attempt_result
        CHECK (result IN ('REACHED', 'NO_ANSWER', 'MESSAGE_LEFT', 'WRONG_NUMBER',
                          'NOT_AT_ADDRESS', 'NO_REPLY', 'OTHER')),
    CONSTRAINT ck_contact_attempt_contact_kind
        CHECK (contact_kind IN ('POSTAL_ADDRESS', 'PHONE', 'EMAIL', 'PARTNER_ORGANISATION')),
    CONSTRAINT ck_contact_attempt_shape CHECK (
        (conclusion IS NULL AND channel IS NOT NULL AND result IS NOT NULL)
        OR (conclusion = 'FOUND' AND contact_kind IS NOT NULL AND contact_value IS NOT NULL)
        OR (conclusion = 'NOT_FOUND' AND contact_kind IS NULL AND contact_value IS NULL))
);

CREATE INDEX ix_contact_attempt_case ON contact_attempt (case_id, attempted_at);
CREATE INDEX ix_contact_attempt_task ON contact_attempt (task_id);
CREATE INDEX ix_contact_attempt_key ON contact_attempt (key_id);
