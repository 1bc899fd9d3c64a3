package org.outreach.users;

import jakarta.ejb.ApplicationException;

/**
 * An account request that breaks a rule; the message names the field and the rule, never a value.
 */
@ApplicationException(rollback = true)
public class InvalidAccountException extends RuntimeException {

  public InvalidAccountException(String message) {
    super(message);
  }
}
