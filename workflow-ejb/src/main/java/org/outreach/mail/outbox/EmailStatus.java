package org.outreach.mail.outbox;

/** Where a message of the outbox is on its way out. */
public enum EmailStatus {
  /** Written, waiting for its next try. */
  CREATED,
  /** Being handed to the relay; a row left here past the sending timeout was interrupted. */
  SENDING,
  /** The relay accepted it. */
  SENT,
  /**
   * Given up: the relay refused it for good, its owner had no address for it (no safe one, or one
   * refused), or every try failed.
   */
  FAILED,
  /** Accepted by the relay, then reported undeliverable by a delivery status notification. */
  BOUNCED
}
