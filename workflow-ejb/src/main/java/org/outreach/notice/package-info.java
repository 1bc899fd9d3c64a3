/** Delivering the notice: mail to the person or their attorney, letters queued for printing. */
package org.outreach.notice;
