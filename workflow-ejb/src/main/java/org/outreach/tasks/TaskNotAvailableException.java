package org.outreach.tasks;

import jakarta.ejb.ApplicationException;

/** The task does not exist for this user: not theirs to see, already claimed, or already done. */
@ApplicationException(rollback = true)
public class TaskNotAvailableException extends RuntimeException {

  public TaskNotAvailableException(String message) {
    super(message);
  }
}
