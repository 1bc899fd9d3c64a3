-- A reply read from the outreach mailbox is recorded once: by the Message-ID of the reply itself.
-- Replies recorded from the console have none.
ALTER TABLE incoming_reply ADD COLUMN mail_message_id VARCHAR(255);
CREATE UNIQUE INDEX uq_incoming_reply_mail ON incoming_reply (mail_message_id);
