-- retention_hold: a case kept past the retention period (a pending court matter, a legal claim, an
-- oversight review). Placed and lifted by a supervisor or an administrator, both audited; while a
-- hold stands the retention job leaves the case alone. Holds no personal value.
CREATE TABLE retention_hold (
    case_id    UUID        NOT NULL,
    reason     VARCHAR(32) NOT NULL,
    placed_by  VARCHAR(64) NOT NULL,
    placed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_retention_hold PRIMARY KEY (case_id),
    CONSTRAINT fk_retention_hold_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

CREATE INDEX ix_retention_hold_placed_at ON retention_hold (placed_at);
