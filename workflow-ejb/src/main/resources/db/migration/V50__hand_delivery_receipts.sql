-- The signed receipt of a hand delivery: the case document (uploaded with the record, checked by
-- its content and stored encrypted in case_document) that the delivery's row names. Required by the
-- service for a signed receipt; optional when the person refused to sign (a witness statement, say);
-- never for a notice not delivered. Rows recorded before this column existed have none.
ALTER TABLE hand_delivery ADD COLUMN receipt_document_id UUID;

ALTER TABLE hand_delivery ADD CONSTRAINT fk_hand_delivery_receipt
    FOREIGN KEY (receipt_document_id) REFERENCES case_document (id);

ALTER TABLE hand_delivery ADD CONSTRAINT ck_hand_delivery_receipt
    CHECK (outcome <> 'NOT_DELIVERED' OR receipt_document_id IS NULL);
