-- incoming_reply: a reply or acknowledgment from the person (they wrote, called, came in, or
-- answered through counsel or a partner), recorded by a caseworker on the case view; written once.
-- The note is a FieldCipher value bound to its row (IncomingReply:note:<id>); key_id repeats its
-- header's key id so a key rotation finds what to re-encrypt without reading every row (NULL when
-- there is no note). reached_process says whether an acknowledgment was taken by a step of the case
-- waiting for it; channel, times and flags are plain so they can be counted without decrypting.
CREATE TABLE incoming_reply (
    id                  UUID        NOT NULL,
    case_id             UUID        NOT NULL,
    channel             VARCHAR(32) NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledges_notice BOOLEAN     NOT NULL,
    reached_process     BOOLEAN     NOT NULL,
    note                VARCHAR(12000),
    key_id              VARCHAR(16),
    recorded_by         VARCHAR(64) NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_incoming_reply PRIMARY KEY (id),
    CONSTRAINT fk_incoming_reply_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_incoming_reply_channel CHECK (channel IN
        ('LETTER', 'EMAIL', 'PHONE', 'IN_PERSON', 'THROUGH_COUNSEL', 'THROUGH_PARTNER')),
    CONSTRAINT ck_incoming_reply_reached CHECK (acknowledges_notice OR NOT reached_process),
    CONSTRAINT ck_incoming_reply_key CHECK ((note IS NULL) = (key_id IS NULL))
);

CREATE INDEX ix_incoming_reply_case ON incoming_reply (case_id);
CREATE INDEX ix_incoming_reply_key ON incoming_reply (key_id);
