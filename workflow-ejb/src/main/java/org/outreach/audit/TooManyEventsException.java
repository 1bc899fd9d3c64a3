package org.outreach.audit;

import jakarta.ejb.ApplicationException;

/** An export asked for more events than one may hold; nothing was exported or recorded. */
@ApplicationException(rollback = true)
public class TooManyEventsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TooManyEventsException(String message) {
    super(message);
  }
}
