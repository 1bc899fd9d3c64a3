package org.outreach.registry;

import jakarta.ejb.ApplicationException;

/** A person record that breaks a rule; the message names the field and the rule, never a value. */
@ApplicationException(rollback = true)
public class InvalidPersonException extends RuntimeException {

  public InvalidPersonException(String message) {
    super(message);
  }
}
