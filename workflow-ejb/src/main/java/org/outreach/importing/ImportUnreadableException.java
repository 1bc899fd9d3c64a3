package org.outreach.importing;

import jakarta.ejb.ApplicationException;

/**
 * The import file could not be read to its end: the client broke off its upload, or the server's
 * file could not be read. Nothing was written. The message names neither the file nor its content.
 */
@ApplicationException(rollback = true)
public class ImportUnreadableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportUnreadableException(String message) {
    super(message);
  }
}
