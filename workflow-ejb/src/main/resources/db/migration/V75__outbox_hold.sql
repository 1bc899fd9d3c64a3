-- outbox_hold: an administrator's hold on outgoing email, for every server sharing this database
-- (mail.outbox.OutboxHold). While held, no server sends: the messages wait, CREATED, and go once it
-- is released. One row; names no person, only the account that changed it last.
CREATE TABLE outbox_hold (
    id            INTEGER       NOT NULL,
    held          BOOLEAN       NOT NULL,
    changed_by    VARCHAR(64),
    changed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_outbox_hold PRIMARY KEY (id),
    CONSTRAINT ck_outbox_hold_one CHECK (id = 1)
);

INSERT INTO outbox_hold (id, held) VALUES (1, FALSE);
