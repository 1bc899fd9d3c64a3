package org.outreach.tasks;

import jakarta.ejb.ApplicationException;

/** A task cannot be made due at a moment that has passed. */
@ApplicationException(rollback = true)
public class InvalidDueDateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidDueDateException() {
    super("due: must be in the future");
  }
}
