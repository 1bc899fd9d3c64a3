-- Printing and posting letters. No table here holds a name, an address or a facility: the registry
-- gives them when a letter is rendered, and a rendered letter is kept encrypted (FieldCipher bytes,
-- bound to the letter's id).

-- A day's print batch for the mail house: numbered within its day, RENDERING while its letters are
-- rendered, then PRINTED (ready to download), then MAILED once the mail house has posted it.
CREATE TABLE print_batch (
    id          UUID        NOT NULL,
    print_date  DATE        NOT NULL,
    day_number  INTEGER     NOT NULL,
    status      VARCHAR(16) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64) NOT NULL,
    letters     INTEGER     NOT NULL,
    pages       INTEGER     NOT NULL,
    mailed_at   TIMESTAMP WITH TIME ZONE,
    mailed_by   VARCHAR(64),
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_print_batch PRIMARY KEY (id),
    CONSTRAINT uq_print_batch_day UNIQUE (print_date, day_number),
    CONSTRAINT ck_print_batch_status CHECK (status IN ('RENDERING', 'PRINTED', 'MAILED'))
);

-- A letter's way through printing: its batch and place in it, the template versions that produced
-- it (the person's language and English), the SHA-256 of the rendered PDF, and when it was
-- printed, mailed and returned.
ALTER TABLE letter ADD COLUMN batch_id UUID;
ALTER TABLE letter ADD COLUMN batch_position INTEGER;
ALTER TABLE letter ADD COLUMN template_version VARCHAR(64);
ALTER TABLE letter ADD COLUMN english_template_version VARCHAR(64);
ALTER TABLE letter ADD COLUMN document_sha256 VARCHAR(64);
ALTER TABLE letter ADD COLUMN pages INTEGER;
ALTER TABLE letter ADD COLUMN printed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE letter ADD COLUMN mailed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE letter ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE letter ADD CONSTRAINT fk_letter_batch FOREIGN KEY (batch_id) REFERENCES print_batch (id);
ALTER TABLE letter ADD CONSTRAINT ck_letter_status
    CHECK (status IN ('QUEUED', 'PRINTED', 'MAILED', 'RETURNED', 'NO_ADDRESS'));
CREATE INDEX ix_letter_batch ON letter (batch_id, batch_position);

-- The rendered PDF of a printed letter, encrypted: it holds the person's name and address.
CREATE TABLE letter_document (
    letter_id UUID  NOT NULL,
    content   BYTEA NOT NULL,
    CONSTRAINT pk_letter_document PRIMARY KEY (letter_id),
    CONSTRAINT fk_letter_document_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
);

-- Notices printed for the detention team's visit to one facility, and which case each was for.
-- The facility itself is not recorded: beside the cases it would say where each person is held.
CREATE TABLE custody_batch (
    id         UUID        NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    notices    INTEGER     NOT NULL,
    pages      INTEGER     NOT NULL,
    CONSTRAINT pk_custody_batch PRIMARY KEY (id)
);

CREATE TABLE custody_notice (
    id                       UUID        NOT NULL,
    batch_id                 UUID        NOT NULL,
    case_id                  UUID        NOT NULL,
    language                 VARCHAR(8)  NOT NULL,
    template_version         VARCHAR(64) NOT NULL,
    english_template_version VARCHAR(64),
    document_sha256          VARCHAR(64) NOT NULL,
    pages                    INTEGER     NOT NULL,
    CONSTRAINT pk_custody_notice PRIMARY KEY (id),
    CONSTRAINT fk_custody_notice_batch FOREIGN KEY (batch_id) REFERENCES custody_batch (id),
    CONSTRAINT fk_custody_notice_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);
CREATE INDEX ix_custody_notice_case ON custody_notice (case_id);
