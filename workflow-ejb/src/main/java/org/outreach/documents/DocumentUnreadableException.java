package org.outreach.documents;

import jakarta.ejb.ApplicationException;

/** An upload could not be read to its end (the client broke off); nothing was written. */
@ApplicationException(rollback = true)
public class DocumentUnreadableException extends RuntimeException {

  DocumentUnreadableException() {
    super("the file could not be read to its end; nothing was stored");
  }
}
