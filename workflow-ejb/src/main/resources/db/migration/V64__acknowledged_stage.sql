-- An acknowledgment given on the public notice page is recorded as a reply of its own channel
-- (NOTICE_PAGE, written by the page, never typed in), and the notice capability publishes the cases
-- whose person acknowledged the notice, by any channel, as a view of case ids (no value) that the
-- campaign funnel's aggregate query joins.
ALTER TABLE incoming_reply DROP CONSTRAINT ck_incoming_reply_channel;
ALTER TABLE incoming_reply ADD CONSTRAINT ck_incoming_reply_channel CHECK (channel IN
    ('LETTER', 'EMAIL', 'PHONE', 'IN_PERSON', 'THROUGH_COUNSEL', 'THROUGH_PARTNER', 'NOTICE_PAGE'));
CREATE VIEW acknowledged_case AS
  SELECT DISTINCT case_id FROM incoming_reply WHERE acknowledges_notice;
