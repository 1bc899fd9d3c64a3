-- The four return-travel tasks that were completed by a bare button get their record, one row per
-- task completed through its form, like consultation: written once, in the task's own transaction.
--
-- return_travel_step: the person's wish to return (step WISH: the day of the answer and the answer,
-- which the process routes on), the travel document or parole (DOCUMENTS: which, issued on, valid
-- until), the booking (BOOKING: the day of departure) and the arrival (ARRIVAL: arrived or did not
-- travel, and the day, which the process ends with). Every step names through whom it was worked:
-- counsel or a partner organisation, never the home government or its consulate (the check below
-- refuses them too). The contact's name and organisation, the issuer, the carrier, the places, the
-- booking reference and the caseworker's note are FieldCipher values bound to their row
-- (TravelRecord:<column>:<id>): who represents a person abroad, where they are and how they travel
-- says who they are and that they sought protection. key_id repeats the key id of their headers (all
-- are sealed under one key) so a key rotation finds what to re-encrypt without reading every row.
-- Step, kinds, answers and days are plain, so a supervisor can count returns without decrypting.
CREATE TABLE return_travel_step (
    id                    UUID          NOT NULL,
    case_id               UUID          NOT NULL,
    task_id               VARCHAR(64)   NOT NULL,
    step                  VARCHAR(16)   NOT NULL,
    contact_kind          VARCHAR(32)   NOT NULL,
    contact_name          VARCHAR(4000) NOT NULL,
    contact_organisation  VARCHAR(4000),
    return_wish           VARCHAR(24),
    reached_on            DATE,
    document_kind         VARCHAR(24),
    issued_by             VARCHAR(4000),
    issued_on             DATE,
    valid_until           DATE,
    carrier               VARCHAR(4000),
    departure_on          DATE,
    from_place            VARCHAR(4000),
    to_place              VARCHAR(4000),
    booking_reference     VARCHAR(4000),
    arrival_outcome       VARCHAR(24),
    arrival_on            DATE,
    note                  VARCHAR(12000),
    key_id                VARCHAR(16)   NOT NULL,
    recorded_by           VARCHAR(64)   NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_return_travel_step PRIMARY KEY (id),
    CONSTRAINT fk_return_travel_step_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_return_travel_step_step CHECK (step IN ('WISH', 'DOCUMENTS', 'BOOKING', 'ARRIVAL')),
    CONSTRAINT ck_return_travel_step_contact CHECK (contact_kind IN ('COUNSEL', 'PARTNER_ORGANISATION')),
    CONSTRAINT ck_return_travel_step_wish CHECK (
        return_wish IS NULL OR return_wish IN ('WISHES_TO_RETURN', 'STAYS', 'NO_CONTACT')),
    CONSTRAINT ck_return_travel_step_document CHECK (
        document_kind IS NULL OR document_kind IN ('TRAVEL_DOCUMENT', 'PAROLE')),
    CONSTRAINT ck_return_travel_step_arrival CHECK (
        arrival_outcome IS NULL OR arrival_outcome IN ('ARRIVED', 'DID_NOT_TRAVEL')),
    CONSTRAINT ck_return_travel_step_shape CHECK (
        (step = 'WISH' AND return_wish IS NOT NULL AND reached_on IS NOT NULL
            AND document_kind IS NULL AND departure_on IS NULL AND arrival_outcome IS NULL)
        OR (step = 'DOCUMENTS' AND document_kind IS NOT NULL AND issued_by IS NOT NULL
            AND issued_on IS NOT NULL AND valid_until IS NOT NULL AND valid_until > issued_on
            AND return_wish IS NULL AND departure_on IS NULL AND arrival_outcome IS NULL)
        OR (step = 'BOOKING' AND carrier IS NOT NULL AND departure_on IS NOT NULL
            AND from_place IS NOT NULL AND to_place IS NOT NULL AND booking_reference IS NOT NULL
            AND return_wish IS NULL AND document_kind IS NULL AND arrival_outcome IS NULL)
        OR (step = 'ARRIVAL' AND arrival_outcome IS NOT NULL AND arrival_on IS NOT NULL
            AND return_wish IS NULL AND document_kind IS NULL AND departure_on IS NULL))
);

CREATE INDEX ix_return_travel_step_case ON return_travel_step (case_id, recorded_at);
CREATE INDEX ix_return_travel_step_key ON return_travel_step (key_id);
