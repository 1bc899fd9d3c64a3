package org.outreach.mail;

/** Sending failed. The message says why without naming the recipient. */
public class MailDispatchException extends RuntimeException {

  public MailDispatchException(String message, Throwable cause) {
    super(message, cause);
  }
}
