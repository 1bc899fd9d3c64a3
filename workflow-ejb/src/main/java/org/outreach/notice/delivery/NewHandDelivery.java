package org.outreach.notice.delivery;

import java.time.OffsetDateTime;

/**
 * What a caseworker records of a hand delivery.
 *
 * @param attemptedAt when the notice was handed over, or the visit that failed
 * @param deliveredBy who went: a member of staff or of a partner organisation, by name
 * @param reason why it was not delivered; only for {@link DeliveryOutcome#NOT_DELIVERED}
 */
public record NewHandDelivery(
    DeliveryOutcome outcome,
    OffsetDateTime attemptedAt,
    String deliveredBy,
    NotDeliveredReason reason) {

  @Override
  public String toString() {
    return "NewHandDelivery[" + outcome + ", " + reason + "]";
  }
}
