package org.outreach.locate;

import java.time.OffsetDateTime;

/**
 * A recorded review of the diligent effort as a page shows it: the reason decrypted, handed out
 * only after the read was audited.
 *
 * @param attemptsReviewed how many contact attempts the case held when the supervisor decided
 */
public record ReviewView(
    ReviewDecision decision,
    String reason,
    int attemptsReviewed,
    String reviewedBy,
    OffsetDateTime reviewedAt) {

  /** Never shows the reason. */
  @Override
  public String toString() {
    return "ReviewView[" + decision + ", " + reviewedAt + "]";
  }
}
