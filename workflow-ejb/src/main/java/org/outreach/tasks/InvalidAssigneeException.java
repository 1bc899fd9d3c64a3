package org.outreach.tasks;

import jakarta.ejb.ApplicationException;

/** A task cannot be given to this person: not an enabled member of the team it is offered to. */
@ApplicationException(rollback = true)
public class InvalidAssigneeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidAssigneeException() {
    super("assignee: not an enabled member of the task's team");
  }
}
