-- Where a case stands in the campaign: priority, what of the person leaked, the removal hold,
-- proof of notice, the outcomes of custody review, court access and return travel, and how the
-- case ended. Ids, enum names, flags, integers and dates only: no personal data.
ALTER TABLE outreach_case ADD COLUMN priority INTEGER;
ALTER TABLE outreach_case ADD COLUMN priority_reason VARCHAR(200);
ALTER TABLE outreach_case ADD COLUMN urgent BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE outreach_case ADD COLUMN removal_hold_state VARCHAR(16) DEFAULT 'NONE' NOT NULL;
-- the custody status the case's process last loaded: a change to REMOVED is seen as a change
ALTER TABLE outreach_case ADD COLUMN last_custody_status VARCHAR(16);
ALTER TABLE outreach_case ADD COLUMN removal_hold_placed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_case ADD COLUMN removal_hold_ends_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_case ADD COLUMN notice_proven_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_case ADD COLUMN notice_channel VARCHAR(32);
ALTER TABLE outreach_case ADD COLUMN custody_review_outcome VARCHAR(32);
ALTER TABLE outreach_case ADD COLUMN court_filing_state VARCHAR(16) DEFAULT 'NOT_DUE' NOT NULL;
ALTER TABLE outreach_case ADD COLUMN court_filing_deadline TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_case ADD COLUMN court_notice_filed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE outreach_case ADD COLUMN return_outcome VARCHAR(32);
ALTER TABLE outreach_case ADD COLUMN outcome VARCHAR(32);
ALTER TABLE outreach_case ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

-- Which of the person's fields were exposed: one row per field (an enum name), so supervisors can
-- count by field without a bit mask to decode.
CREATE TABLE outreach_case_exposure (
    case_id UUID        NOT NULL,
    field   VARCHAR(32) NOT NULL,
    CONSTRAINT pk_outreach_case_exposure PRIMARY KEY (case_id, field),
    CONSTRAINT fk_outreach_case_exposure_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

-- What happened on a case and when, as evidence (notice sent / failed / proven, locate attempts,
-- hold placed / ended, escalations). Append-only; a channel where one applies.
CREATE TABLE case_event (
    id          UUID        NOT NULL,
    case_id     UUID        NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    channel     VARCHAR(32),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_event PRIMARY KEY (id),
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_id, occurred_at);

-- A letter waiting to be rendered and posted: which case, in which language. The address is read
-- from the registry when the letter is printed, never copied here.
CREATE TABLE letter (
    id        UUID        NOT NULL,
    case_id   UUID        NOT NULL,
    language  VARCHAR(8)  NOT NULL,
    status    VARCHAR(16) NOT NULL,
    queued_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version   BIGINT      NOT NULL,
    CONSTRAINT pk_letter PRIMARY KEY (id),
    CONSTRAINT fk_letter_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);
CREATE INDEX ix_letter_status ON letter (status);
