-- The email outbox: each email notice is written here by the sending step, in the process's
-- transaction, as CREATED; the dispatcher sends only rows still CREATED and due, moving each through
-- SENDING to SENT, or back to CREATED with the next try's time after a failure the relay may get
-- over, or to FAILED; a SENT one becomes BOUNCED when a delivery status notification in the bounce
-- mailbox reports it undeliverable. No column holds an address: the registry gives it when the message is sent.
-- The subject and body are the approved neutral text as sent (a case reference and how to reach the
-- team, never a personal value), with the version that produced them.
CREATE TABLE email_notice (
    id                  UUID          NOT NULL,
    case_id             UUID          NOT NULL,
    channel             VARCHAR(16)   NOT NULL,
    template_version_id UUID          NOT NULL,
    language            VARCHAR(8)    NOT NULL,
    subject             VARCHAR(400)  NOT NULL,
    body                VARCHAR(8000) NOT NULL,
    content_sha256      VARCHAR(64)   NOT NULL,
    -- fixed when the row is written: every try sends the same Message-ID, so a repeat is known
    message_id          VARCHAR(255)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    attempts            INTEGER       NOT NULL,
    -- tries that began while an earlier one of the same message had its acceptance unrecorded
    repeats             INTEGER       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at          TIMESTAMP WITH TIME ZONE,
    sent_at             TIMESTAMP WITH TIME ZONE,
    failed_at           TIMESTAMP WITH TIME ZONE,
    -- why the last try failed as the dispatcher classed it, or the bounce's status: no address, no
    -- server text
    last_failure        VARCHAR(64),
    CONSTRAINT pk_email_notice PRIMARY KEY (id),
    CONSTRAINT uq_email_notice_message UNIQUE (message_id),
    CONSTRAINT fk_email_notice_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_email_notice_channel CHECK (channel IN ('EMAIL', 'ATTORNEY')),
    CONSTRAINT ck_email_notice_status CHECK (status IN ('CREATED', 'SENDING', 'SENT', 'FAILED', 'BOUNCED')),
    CONSTRAINT ck_email_notice_sent CHECK (status <> 'SENT' OR sent_at IS NOT NULL),
    CONSTRAINT ck_email_notice_failed CHECK (status NOT IN ('FAILED', 'BOUNCED') OR failed_at IS NOT NULL)
);

CREATE INDEX ix_email_notice_due ON email_notice (status, next_attempt_at);
CREATE INDEX ix_email_notice_case ON email_notice (case_id, created_at);
CREATE INDEX ix_email_notice_claimed ON email_notice (claimed_at);
