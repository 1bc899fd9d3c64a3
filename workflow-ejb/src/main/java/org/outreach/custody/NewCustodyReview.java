package org.outreach.custody;

import java.time.LocalDate;

/**
 * A custody review as entered; checked by {@link CustodyReviewRules} before anything is stored.
 *
 * @param decision what the review decided
 * @param grounds why, at most {@value CustodyReviewRules#GROUNDS_MAX_LENGTH} characters, required;
 *     stored encrypted
 * @param decidedOn the day the decision was taken, as the reader's calendar shows it
 */
public record NewCustodyReview(CustodyDecision decision, String grounds, LocalDate decidedOn) {

  /** Never shows the grounds: a record's default toString would put them into any log line. */
  @Override
  public String toString() {
    return "NewCustodyReview[" + decision + ", " + decidedOn + "]";
  }
}
