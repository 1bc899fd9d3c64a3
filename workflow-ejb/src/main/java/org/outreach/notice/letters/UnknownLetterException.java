package org.outreach.notice.letters;

import jakarta.ejb.ApplicationException;

/** No letter, print batch or facility with waiting deliveries answers to what was asked. */
@ApplicationException(rollback = true)
public class UnknownLetterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownLetterException(String message) {
    super(message);
  }
}
