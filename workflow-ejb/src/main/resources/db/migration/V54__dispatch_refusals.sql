-- A notice the server would not send because its address reaches a government or a consulate
-- (nothing that names a case may go to one): the email of the outbox or the letter it was, and the
-- class of the recipient, never the address. One row per notice.
CREATE TABLE dispatch_refusal (
    id              UUID        NOT NULL,
    case_id         UUID        NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    recipient_class VARCHAR(24) NOT NULL,
    notice_id       UUID        NOT NULL,
    refused_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_dispatch_refusal PRIMARY KEY (id),
    CONSTRAINT uq_dispatch_refusal_notice UNIQUE (notice_id),
    CONSTRAINT fk_dispatch_refusal_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_dispatch_refusal_class CHECK (recipient_class IN ('GOVERNMENT', 'CONSULATE'))
);

CREATE INDEX ix_dispatch_refusal_case ON dispatch_refusal (case_id, refused_at);
CREATE INDEX ix_dispatch_refusal_refused ON dispatch_refusal (refused_at);

-- A letter whose address reaches a government or a consulate is not printed: REFUSED.
ALTER TABLE letter DROP CONSTRAINT ck_letter_status;
ALTER TABLE letter ADD CONSTRAINT ck_letter_status
    CHECK (status IN ('QUEUED', 'PRINTED', 'MAILED', 'RETURNED', 'NO_ADDRESS', 'REFUSED'));
