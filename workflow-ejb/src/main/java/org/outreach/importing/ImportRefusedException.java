package org.outreach.importing;

import jakarta.ejb.ApplicationException;

/**
 * An import request that cannot be carried out as asked (a path outside the import directory, a
 * retry while a start is running); the message says why and never holds personal data or the path
 * given.
 */
@ApplicationException(rollback = true)
public class ImportRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportRefusedException(String message) {
    super(message);
  }
}
