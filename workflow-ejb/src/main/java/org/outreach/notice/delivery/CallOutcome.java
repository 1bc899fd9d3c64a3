package org.outreach.notice.delivery;

/** How a call to the person ended. */
public enum CallOutcome {
  /** The person was reached and the notice read to them: the notice counts as delivered. */
  NOTIFIED(true),
  /** Nobody answered, or not the person: the process tries the next channel. */
  NOT_REACHED(false);

  private final boolean delivered;

  CallOutcome(boolean delivered) {
    this.delivered = delivered;
  }

  /** The notice reached the person. */
  public boolean delivered() {
    return delivered;
  }
}
