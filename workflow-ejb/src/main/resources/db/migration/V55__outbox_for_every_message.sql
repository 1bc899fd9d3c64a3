-- Every message the server sends goes through one outbox: the email notices of cases and the staff's
-- mail (overdue tasks, filing reminders). The sending part of email_notice (text, Message-ID, state,
-- tries) moves to outbox_message, owned by the mail capability; email_notice keeps what the notice
-- is (case, channel, text version, language) under the same id. No column holds an address: a
-- notice's is read from the registry when it goes, a staff message's from the settings (recipient
-- names the team).
CREATE TABLE outbox_message (
    id                  UUID          NOT NULL,
    purpose             VARCHAR(16)   NOT NULL,
    recipient           VARCHAR(32),
    subject             VARCHAR(400)  NOT NULL,
    body                VARCHAR(8000) NOT NULL,
    content_sha256      VARCHAR(64)   NOT NULL,
    message_id          VARCHAR(255)  NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    attempts            INTEGER       NOT NULL,
    repeats             INTEGER       NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_at          TIMESTAMP WITH TIME ZONE,
    sent_at             TIMESTAMP WITH TIME ZONE,
    failed_at           TIMESTAMP WITH TIME ZONE,
    last_failure        VARCHAR(64),
    CONSTRAINT pk_outbox_message PRIMARY KEY (id),
    CONSTRAINT uq_outbox_message_message UNIQUE (message_id),
    CONSTRAINT ck_outbox_message_purpose CHECK (purpose IN ('NOTICE', 'STAFF')),
    CONSTRAINT ck_outbox_message_recipient CHECK ((purpose = 'STAFF') = (recipient IS NOT NULL)),
    CONSTRAINT ck_outbox_message_status CHECK (status IN ('CREATED', 'SENDING', 'SENT', 'FAILED', 'BOUNCED')),
    CONSTRAINT ck_outbox_message_sent CHECK (status <> 'SENT' OR sent_at IS NOT NULL),
    CONSTRAINT ck_outbox_message_failed CHECK (status NOT IN ('FAILED', 'BOUNCED') OR failed_at IS NOT NULL)
);

INSERT INTO outbox_message (id, purpose, recipient, subject, body, content_sha256, message_id, status,
                            attempts, repeats, created_at, next_attempt_at, claimed_at, sent_at,
                            failed_at, last_failure)
SELECT id, 'NOTICE', NULL, subject, body, content_sha256, message_id, status, attempts, repeats,
       created_at, next_attempt_at, claimed_at, sent_at, failed_at, last_failure
FROM email_notice;

CREATE INDEX ix_outbox_message_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_message_claimed ON outbox_message (claimed_at);

ALTER TABLE email_notice DROP CONSTRAINT uq_email_notice_message;
ALTER TABLE email_notice DROP CONSTRAINT ck_email_notice_status;
ALTER TABLE email_notice DROP CONSTRAINT ck_email_notice_sent;
ALTER TABLE email_notice DROP CONSTRAINT ck_email_notice_failed;
DROP INDEX ix_email_notice_due;
DROP INDEX ix_email_notice_claimed;
ALTER TABLE email_notice DROP COLUMN subject;
ALTER TABLE email_notice DROP COLUMN body;
ALTER TABLE email_notice DROP COLUMN content_sha256;
ALTER TABLE email_notice DROP COLUMN message_id;
ALTER TABLE email_notice DROP COLUMN status;
ALTER TABLE email_notice DROP COLUMN attempts;
ALTER TABLE email_notice DROP COLUMN repeats;
ALTER TABLE email_notice DROP COLUMN next_attempt_at;
ALTER TABLE email_notice DROP COLUMN claimed_at;
ALTER TABLE email_notice DROP COLUMN sent_at;
ALTER TABLE email_notice DROP COLUMN failed_at;
ALTER TABLE email_notice DROP COLUMN last_failure;
ALTER TABLE email_notice ADD CONSTRAINT fk_email_notice_message
    FOREIGN KEY (id) REFERENCES outbox_message (id);
