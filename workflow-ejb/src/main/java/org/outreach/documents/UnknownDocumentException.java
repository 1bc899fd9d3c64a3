package org.outreach.documents;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * No document with this id that the caller may see. A document of a case outside the caller's cases
 * gets exactly this answer too, so an id gives nothing away. The message names the id only.
 */
@ApplicationException(rollback = true)
public class UnknownDocumentException extends RuntimeException {

  public UnknownDocumentException(UUID documentId) {
    super("No document " + documentId);
  }
}
