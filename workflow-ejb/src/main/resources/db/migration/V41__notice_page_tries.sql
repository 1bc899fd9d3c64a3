-- Failed tries on the public notice page, counted per case reference and per visitor address to
-- slow down guessing. The address is kept only as its keyed index (HMAC-SHA-256 under the
-- registry's index key), never as typed; the reference is kept only when the visitor typed one.
-- Rows older than the longest window count for nothing and may be deleted.
CREATE TABLE notice_page_try (
    id          UUID        NOT NULL,
    reference   VARCHAR(16),
    address_key VARCHAR(64) NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_notice_page_try PRIMARY KEY (id)
);

CREATE INDEX ix_notice_page_try_reference ON notice_page_try (reference, failed_at);
CREATE INDEX ix_notice_page_try_address ON notice_page_try (address_key, failed_at);
