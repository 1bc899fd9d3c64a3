package org.outreach.importing;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No import has this id. */
@ApplicationException(rollback = true)
public class ImportNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ImportNotFoundException(UUID id) {
    super("No import " + id);
  }
}
