/**
 * Email notices: each written in the process's transaction as a row of its own beside the server's
 * outbox message ({@link org.outreach.mail.outbox.Outbox}), given its address from the registry
 * when it goes, recorded on the case when the relay accepted it, and followed into the outreach
 * mailbox for bounces and replies.
 */
package org.outreach.notice.outbox;
