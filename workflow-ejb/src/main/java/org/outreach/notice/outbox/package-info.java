/**
 * The email outbox: email notices written in the process's transaction and sent afterwards by a
 * dispatcher over reused SMTP connections, with retries, a throttle for the relay, and a Message-ID
 * fixed before the first try so that a repeat after a crash is known.
 */
package org.outreach.notice.outbox;
