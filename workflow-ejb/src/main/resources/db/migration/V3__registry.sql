-- Affected people. Every personal field is stored encrypted (FieldCipher, v1:<key>:<base64>);
-- exact lookups go through keyed blind indexes (BlindIndex), never through plaintext.
CREATE TABLE affected_person (
    id                  UUID          NOT NULL,
    family_name         VARCHAR(2000) NOT NULL,
    given_names         VARCHAR(2000) NOT NULL,
    alternate_names     VARCHAR(12000),
    date_of_birth       VARCHAR(200)  NOT NULL,
    nationality         VARCHAR(200)  NOT NULL,
    a_number            VARCHAR(200)  NOT NULL,
    preferred_languages VARCHAR(1000),
    custody_status      VARCHAR(16)  NOT NULL,
    a_number_index      VARCHAR(64)  NOT NULL,
    date_of_birth_index VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_affected_person PRIMARY KEY (id),
    CONSTRAINT uq_affected_person_a_number_index UNIQUE (a_number_index),
    CONSTRAINT ck_affected_person_custody_status
        CHECK (custody_status IN ('DETAINED', 'RELEASED', 'REMOVED', 'UNKNOWN'))
);

CREATE INDEX ix_affected_person_date_of_birth_index ON affected_person (date_of_birth_index);

-- One row per normalised token of any of a person's names.
CREATE TABLE affected_person_name_token (
    person_id   UUID        NOT NULL,
    token_index VARCHAR(64) NOT NULL,
    CONSTRAINT pk_affected_person_name_token PRIMARY KEY (person_id, token_index),
    CONSTRAINT fk_affected_person_name_token_person FOREIGN KEY (person_id) REFERENCES affected_person (id)
);

CREATE INDEX ix_affected_person_name_token_index ON affected_person_name_token (token_index);

-- Who did what with whose record, and why. Append-only; holds ids and enums, no personal data.
CREATE TABLE audit_event (
    id          UUID         NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    person_id   UUID,
    case_id     UUID,
    action      VARCHAR(32)  NOT NULL,
    purpose     VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_person ON audit_event (person_id, occurred_at);
