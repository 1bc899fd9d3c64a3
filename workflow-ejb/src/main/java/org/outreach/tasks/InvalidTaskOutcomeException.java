package org.outreach.tasks;

import jakarta.ejb.ApplicationException;

/** A completion's outcome does not fit the task: names the variable and the rule, nothing else. */
@ApplicationException(rollback = true)
public class InvalidTaskOutcomeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidTaskOutcomeException(String message) {
    super(message);
  }
}
