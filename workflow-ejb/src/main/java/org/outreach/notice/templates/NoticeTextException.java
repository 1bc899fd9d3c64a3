package org.outreach.notice.templates;

import jakarta.ejb.ApplicationException;

/**
 * A text cannot be rendered or stored: a missing value, a placeholder the type may not take, a word
 * an email may not hold. The message names the type, the language, the placeholder or the rule,
 * never a value. On the engine's threads the step fails, is retried, and becomes an incident for
 * supervisors: nothing is sent instead.
 */
@ApplicationException(rollback = true)
public class NoticeTextException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoticeTextException(String message) {
    super(message);
  }
}
