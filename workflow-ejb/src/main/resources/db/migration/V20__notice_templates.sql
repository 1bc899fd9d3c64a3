-- The words of every notice type in every language, one row per version. A version's text never
-- changes (a changed text is a new version); its status does: DRAFT when seeded from the
-- repository, APPROVED by an administrator, RETIRED when withdrawn or replaced. Only an approved
-- version is ever rendered, and at most one per type and language: approved_key holds
-- '<type>:<language>' while the version is approved and NULL otherwise, and is unique.
CREATE TABLE notice_template_version (
    id             UUID           NOT NULL,
    template_type  VARCHAR(32)    NOT NULL,
    language       VARCHAR(8)     NOT NULL,
    version_number INTEGER        NOT NULL,
    template_text  VARCHAR(20000) NOT NULL,
    text_sha256    VARCHAR(64)    NOT NULL,
    status         VARCHAR(16)    NOT NULL,
    approved_key   VARCHAR(48),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by     VARCHAR(64)    NOT NULL,
    approved_at    TIMESTAMP WITH TIME ZONE,
    approved_by    VARCHAR(64),
    retired_at     TIMESTAMP WITH TIME ZONE,
    retired_by     VARCHAR(64),
    row_version    BIGINT         NOT NULL,
    CONSTRAINT pk_notice_template_version PRIMARY KEY (id),
    CONSTRAINT uq_notice_template_version_number UNIQUE (template_type, language, version_number),
    CONSTRAINT uq_notice_template_version_approved UNIQUE (approved_key),
    CONSTRAINT ck_notice_template_version_status CHECK (status IN ('DRAFT', 'APPROVED', 'RETIRED')),
    CONSTRAINT ck_notice_template_version_approved_key CHECK (
        (status = 'APPROVED' AND approved_key IS NOT NULL)
        OR (status <> 'APPROVED' AND approved_key IS NULL))
);

-- Who did what to a version and when: seeded, approved, retired. Append-only, so an approval that
-- was later withdrawn and given again is still on record.
CREATE TABLE notice_template_review (
    id          UUID        NOT NULL,
    version_id  UUID        NOT NULL,
    action      VARCHAR(16) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_notice_template_review PRIMARY KEY (id),
    CONSTRAINT fk_notice_template_review_version FOREIGN KEY (version_id)
        REFERENCES notice_template_version (id),
    CONSTRAINT ck_notice_template_review_action CHECK (action IN ('SEEDED', 'APPROVED', 'RETIRED'))
);

CREATE INDEX ix_notice_template_review_version ON notice_template_review (version_id, occurred_at);
