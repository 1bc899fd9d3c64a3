package org.outreach.mail;

import jakarta.ejb.ApplicationException;

/**
 * Sending failed. Says why in a short code that names no recipient and quotes nothing the relay
 * said, and whether trying again later may help.
 */
// an application exception: thrown by the sender (an EJB) it reaches its caller as itself, not
// wrapped in an EJBException, so the outbox can tell a try to repeat from one to give up
@ApplicationException(rollback = false)
public class MailDispatchException extends RuntimeException {

  private final String failure;
  private final boolean permanent;

  /**
   * @param failure what went wrong, as a code of at most 64 characters (such as {@code REFUSED_550}
   *     or {@code CONNECTION})
   * @param permanent the relay refused the message for good (or it cannot be sent at all)
   */
  public MailDispatchException(String failure, boolean permanent) {
    super(
        "The mail server did not accept the message ("
            + failure
            + (permanent ? ", permanent)" : ", may pass later)"));
    this.failure = failure;
    this.permanent = permanent;
  }

  public String failure() {
    return failure;
  }

  public boolean permanent() {
    return permanent;
  }
}
