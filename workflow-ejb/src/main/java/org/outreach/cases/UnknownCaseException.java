package org.outreach.cases;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No case with this id. The message names the id only. */
@ApplicationException(rollback = true)
public class UnknownCaseException extends RuntimeException {

  public UnknownCaseException(UUID caseId) {
    super("No outreach case " + caseId);
  }
}
