-- Hand deliveries of the notice in custody, one row per delivery task completed through its form:
-- when, by whom (a name of staff or of a partner organisation, not of the person served), and
-- whether the receipt was signed or why the notice was not handed over. No personal data of the
-- person; the signed receipt itself is a case document.
CREATE TABLE hand_delivery (
    id           UUID         NOT NULL,
    case_id      UUID         NOT NULL,
    task_id      VARCHAR(64)  NOT NULL,
    outcome      VARCHAR(32)  NOT NULL,
    reason       VARCHAR(32),
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_by VARCHAR(200) NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_hand_delivery PRIMARY KEY (id),
    CONSTRAINT fk_hand_delivery_case FOREIGN KEY (case_id) REFERENCES outreach_case (id),
    CONSTRAINT ck_hand_delivery_outcome
        CHECK (outcome IN ('RECEIPT_SIGNED', 'REFUSED_TO_SIGN', 'NOT_DELIVERED')),
    CONSTRAINT ck_hand_delivery_reason CHECK (
        (outcome = 'NOT_DELIVERED' AND reason IN
            ('TRANSFERRED', 'RELEASED', 'REFUSED', 'NOT_PRODUCED', 'OTHER'))
        OR (outcome <> 'NOT_DELIVERED' AND reason IS NULL))
);

CREATE INDEX ix_hand_delivery_case ON hand_delivery (case_id, attempted_at);
