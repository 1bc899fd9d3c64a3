/** Outgoing mail through the server's mail session {@code java:jboss/mail/Outreach}. */
package org.outreach.mail;
