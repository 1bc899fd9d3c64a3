-- The two delivery tasks that were completed by a bare button get their record, one row per task
-- completed through its form, like hand_delivery: written once, in the task's own transaction.
--
-- phone_call: a caseworker's call to the person on one of their safe phone numbers. The number
-- dialled and the caseworker's note are FieldCipher values bound to their row
-- (PhoneCall:phone:<id>, PhoneCall:note:<id>): a number is as personal as what was said on it.
-- key_id repeats the key id of their headers (both are sealed under one key) so a key rotation
-- finds what to re-encrypt without reading every row. Outcome, language, the flags and the times
-- are plain, so a supervisor can count calls without decrypting anything.
CREATE TABLE phone_call (
    id            UUID        NOT NULL,
    case_id       UUID        NOT NULL,
    task_id       VARCHAR(64) NOT NULL,
    outcome       VARCHAR(32) NOT NULL,
    called_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    phone         VARCHAR(4000) NOT NULL,
    language      VARCHAR(8),
    notice_read   BOOLEAN     NOT NULL,
    acknowledged  BOOLEAN     NOT NULL,
    call_back_at  TIMESTAMP WITH TIME ZONE,
    note          VARCHAR(12000),
    key_id        VARCHAR(16) NOT NULL,
    recorded_by   VARCHAR(64) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_phone_call PRIMARY KEY (id),
    CONSTRAINT fk_phone_call_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_phone_call_outcome CHECK (outcome IN ('NOTIFIED', 'NOT_REACHED')),
    CONSTRAINT ck_phone_call_shape CHECK (
        (outcome = 'NOTIFIED' AND language IS NOT NULL AND notice_read = TRUE
            AND call_back_at IS NULL)
        OR (outcome = 'NOT_REACHED' AND language IS NULL AND notice_read = FALSE
            AND acknowledged = FALSE))
);

CREATE INDEX ix_phone_call_case ON phone_call (case_id, called_at);
CREATE INDEX ix_phone_call_key ON phone_call (key_id);

-- partner_notice: the notice asked of a partner organisation in touch with the person (one of the
-- person's safe partner-organisation contact points), and whether the partner confirmed it reached
-- them. The partner's name is a FieldCipher value bound to its row (PartnerNotice:partner:<id>):
-- which organisation knows the person says where they are. Dates and outcome are plain.
CREATE TABLE partner_notice (
    id            UUID        NOT NULL,
    case_id       UUID        NOT NULL,
    task_id       VARCHAR(64) NOT NULL,
    outcome       VARCHAR(32) NOT NULL,
    partner       VARCHAR(4000) NOT NULL,
    asked_on      DATE        NOT NULL,
    confirmed_on  DATE,
    key_id        VARCHAR(16) NOT NULL,
    recorded_by   VARCHAR(64) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_partner_notice PRIMARY KEY (id),
    CONSTRAINT fk_partner_notice_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_partner_notice_outcome CHECK (outcome IN ('CONFIRMED', 'NOT_DELIVERED')),
    CONSTRAINT ck_partner_notice_confirmed CHECK (
        (outcome = 'NOT_DELIVERED' OR confirmed_on IS NOT NULL)
        AND (confirmed_on IS NULL OR confirmed_on >= asked_on))
);

CREATE INDEX ix_partner_notice_case ON partner_notice (case_id, asked_on);
CREATE INDEX ix_partner_notice_key ON partner_notice (key_id);
