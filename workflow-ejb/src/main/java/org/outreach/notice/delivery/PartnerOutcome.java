package org.outreach.notice.delivery;

/** How a notice asked of a partner organisation ended. */
public enum PartnerOutcome {
  /**
   * The partner confirmed the notice reached the person: delivered, from the confirmation's date.
   */
  CONFIRMED(true),
  /**
   * The partner could not reach the person, or never confirmed: the process tries the next channel.
   */
  NOT_DELIVERED(false);

  private final boolean delivered;

  PartnerOutcome(boolean delivered) {
    this.delivered = delivered;
  }

  /** The notice reached the person. */
  public boolean delivered() {
    return delivered;
  }
}
