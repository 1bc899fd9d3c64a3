package org.outreach.notice;

/**
 * A notice cannot go out through the channel asked for (no safe address known). Names the case and
 * the channel, never an address. The job fails, is retried, and becomes an incident for staff to
 * resolve if the address is still missing.
 */
public class NoticeUndeliverableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoticeUndeliverableException(String message) {
    super(message);
  }
}
