/** REST doors to the outbox: the administrators' hold on outgoing email. */
package org.outreach.mail.web;
