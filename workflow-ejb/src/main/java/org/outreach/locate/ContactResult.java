package org.outreach.locate;

/** What came of one contact attempt. */
public enum ContactResult {
  /** The person was reached. */
  REACHED,
  NO_ANSWER,
  MESSAGE_LEFT,
  /** The number or address belongs to someone else. */
  WRONG_NUMBER,
  NOT_AT_ADDRESS,
  /** A message (an email, a request to an organisation) has not been answered. */
  NO_REPLY,
  OTHER
}
