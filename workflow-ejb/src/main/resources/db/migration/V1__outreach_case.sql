-- One outreach case per affected person. Holds no personal data: only its own id, a reference
-- for people to quote, its state and the id of the process that runs it.
CREATE TABLE outreach_case (
    id                  UUID         NOT NULL,
    reference           VARCHAR(16)  NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    process_instance_id VARCHAR(64),
    opened_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT pk_outreach_case PRIMARY KEY (id),
    CONSTRAINT uq_outreach_case_reference UNIQUE (reference)
);
