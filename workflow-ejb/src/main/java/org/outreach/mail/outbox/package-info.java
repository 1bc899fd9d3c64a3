/**
 * The outbox every message of the server goes through: written in the transaction that decides to
 * send it, sent afterwards by a dispatcher over reused SMTP connections, with retries, a throttle
 * for the relay, and a Message-ID fixed before the first try so that a repeat after a crash is
 * known. What a message is for ({@link org.outreach.mail.outbox.MailPurpose}) decides who gives its
 * address and hears how it went ({@link org.outreach.mail.outbox.MailOwner}): the notices of a
 * case, or the staff's own mail.
 */
package org.outreach.mail.outbox;
