package org.outreach.notice.templates;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No template version has this id. */
@ApplicationException(rollback = true)
public class UnknownTemplateVersionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownTemplateVersionException(UUID id) {
    super("No template version " + id);
  }
}
