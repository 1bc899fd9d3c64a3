package org.outreach.notice.delivery;

/** How a hand delivery in custody ended. */
public enum DeliveryOutcome {
  /** Handed over; the person signed the receipt. */
  RECEIPT_SIGNED(true),
  /** Handed over; the person would not sign the receipt. The notice counts as delivered. */
  REFUSED_TO_SIGN(true),
  /** Not handed over: the reason says why. */
  NOT_DELIVERED(false);

  private final boolean delivered;

  DeliveryOutcome(boolean delivered) {
    this.delivered = delivered;
  }

  /** The notice reached the person. */
  public boolean delivered() {
    return delivered;
  }
}
