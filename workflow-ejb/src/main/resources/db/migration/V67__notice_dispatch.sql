-- notice_dispatch: every notice the server sends in writing, by case, channel and state, as the
-- notice capability publishes it for the dashboard's lists (ids, channels and states; no value):
-- email notices with their outbox message's state (same id), letters with theirs.
CREATE VIEW notice_dispatch AS
  SELECT e.id AS notice_id, e.case_id, CAST('EMAIL' AS VARCHAR(8)) AS channel,
         CAST(m.status AS VARCHAR(16)) AS state
    FROM email_notice e JOIN outbox_message m ON m.id = e.id
  UNION ALL
  SELECT l.id, l.case_id, CAST('LETTER' AS VARCHAR(8)), CAST(l.status AS VARCHAR(16))
    FROM letter l;
