package org.outreach.notice.letters;

import jakarta.ejb.ApplicationException;

/**
 * The request does not fit where a batch or a letter stands (nothing waits to be printed, a batch
 * already mailed, a letter not yet mailed). Names ids and states, never personal data.
 */
@ApplicationException(rollback = true)
public class LetterStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LetterStateException(String message) {
    super(message);
  }
}
