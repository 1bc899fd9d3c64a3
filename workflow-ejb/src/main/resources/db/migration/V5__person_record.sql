-- The rest of a person's record. Personal values (facility, dates, country, contact values and
-- their sources, the attorney, the risk note) are FieldCipher ciphertext bound to
-- <entity>:<field>:<row id>. Plain columns hold only what the processes route on anyway: the
-- removal timing, the safe-to-contact flags, the disclosed-to-government flag and the notice
-- language (ISO 639-1, also a process variable). Whether there is an attorney is derived from
-- attorney_name, never stored twice.
ALTER TABLE affected_person ADD COLUMN detention_facility VARCHAR(2000);
ALTER TABLE affected_person ADD COLUMN detained_since VARCHAR(200);
ALTER TABLE affected_person ADD COLUMN released_on VARCHAR(200);
ALTER TABLE affected_person ADD COLUMN removed_to VARCHAR(200);
ALTER TABLE affected_person ADD COLUMN removed_on VARCHAR(200);
ALTER TABLE affected_person ADD COLUMN removal_timing VARCHAR(32);
ALTER TABLE affected_person ADD CONSTRAINT ck_affected_person_removal_timing
    CHECK (removal_timing IN ('BEFORE_LEAK_FOUND', 'AFTER_LEAK_BEFORE_NOTICE'));
ALTER TABLE affected_person ADD COLUMN attorney_name VARCHAR(2000);
ALTER TABLE affected_person ADD COLUMN attorney_firm VARCHAR(2000);
ALTER TABLE affected_person ADD COLUMN attorney_email VARCHAR(2000);
ALTER TABLE affected_person ADD COLUMN attorney_address VARCHAR(4000);
ALTER TABLE affected_person ADD COLUMN disclosed_to_government BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE affected_person ADD COLUMN risk_note VARCHAR(12000);
ALTER TABLE affected_person ADD COLUMN notice_language VARCHAR(2);
ALTER TABLE affected_person ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

-- One row per way to reach a person, in the order the source listed them.
CREATE TABLE person_contact_point (
    id              UUID          NOT NULL,
    person_id       UUID          NOT NULL,
    list_position   INTEGER       NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    contact_value   VARCHAR(4000) NOT NULL,
    source          VARCHAR(2000),
    as_of           VARCHAR(200),
    safe_to_contact BOOLEAN       NOT NULL,
    CONSTRAINT pk_person_contact_point PRIMARY KEY (id),
    CONSTRAINT fk_person_contact_point_person FOREIGN KEY (person_id) REFERENCES affected_person (id),
    CONSTRAINT ck_person_contact_point_kind
        CHECK (kind IN ('POSTAL_ADDRESS', 'PHONE', 'EMAIL', 'PARTNER_ORGANISATION'))
);

CREATE INDEX ix_person_contact_point_person ON person_contact_point (person_id, list_position);
