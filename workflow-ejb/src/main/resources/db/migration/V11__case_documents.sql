-- Documents of a case: uploaded hand-delivery receipts and court filings, later the rendered
-- letters and evidence bundles. The content is FieldCipher's binary form (v1:<key id>: then nonce,
-- ciphertext and tag) bound to CaseDocument:content:<id>; key_id repeats the header's key id so a
-- rotation finds what to re-encrypt without reading every file. The media type is the one the
-- content was found to be; sha256 is the hex digest of the plain content, which the proof of
-- notice quotes. No file name is kept: the name a person gave a file may itself be personal data.
-- BYTEA is PostgreSQL's binary type and H2's alias for BINARY VARYING.
CREATE TABLE case_document (
    id          UUID        NOT NULL,
    case_id     UUID        NOT NULL,
    kind        VARCHAR(32) NOT NULL,
    media_type  VARCHAR(32) NOT NULL,
    size_bytes  BIGINT      NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    uploaded_by VARCHAR(64) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id      VARCHAR(16) NOT NULL,
    content     BYTEA       NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT pk_case_document PRIMARY KEY (id),
    CONSTRAINT fk_case_document_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_case_document_kind
        CHECK (kind IN ('HAND_DELIVERY_RECEIPT', 'COURT_FILING', 'LETTER', 'EVIDENCE_BUNDLE')),
    CONSTRAINT ck_case_document_media_type
        CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT ck_case_document_size CHECK (size_bytes > 0)
);

CREATE INDEX ix_case_document_case ON case_document (case_id, uploaded_at);
CREATE INDEX ix_case_document_key ON case_document (key_id);

-- A read of a document names it in the audit trail, beside the person and the case.
ALTER TABLE audit_event ADD COLUMN document_id UUID;
