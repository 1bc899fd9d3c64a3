package org.outreach.registry;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/** No person has this id. */
@ApplicationException(rollback = true)
public class UnknownPersonException extends RuntimeException {

  public UnknownPersonException(UUID personId) {
    super("No affected person " + personId);
  }
}
