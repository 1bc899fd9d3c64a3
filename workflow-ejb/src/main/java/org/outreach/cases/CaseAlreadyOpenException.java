package org.outreach.cases;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** A person has one case; opening a second is refused. Names the person by id only. */
@ApplicationException(rollback = true)
public class CaseAlreadyOpenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CaseAlreadyOpenException(UUID personId) {
    super("Person " + personId + " has a case already");
  }
}
