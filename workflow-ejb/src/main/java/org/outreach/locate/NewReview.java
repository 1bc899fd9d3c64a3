package org.outreach.locate;

/**
 * A supervisor's review of the diligent effort as entered; checked by {@link ReviewRules} before
 * anything is stored.
 *
 * @param reason why, at most {@value ReviewRules#REASON_MAX_LENGTH} characters, required for either
 *     decision; stored encrypted
 */
public record NewReview(ReviewDecision decision, String reason) {

  /** Never shows the reason: a record's default toString would put it into any log line. */
  @Override
  public String toString() {
    return "NewReview[" + decision + "]";
  }
}
