package org.outreach.locate;

import org.outreach.locate.InvalidReviewException.Field;
import org.outreach.locate.InvalidReviewException.Rule;

/**
 * The rules a review of the diligent effort keeps: a decision, and a reason for it whichever it is
 * (treating a person as unreachable ends the search for them; continuing it costs the team another
 * round of attempts: either is answered for later), of at most {@value #REASON_MAX_LENGTH}
 * characters once blanks around it are stripped.
 */
public final class ReviewRules {

  public static final int REASON_MAX_LENGTH = 2000;

  private ReviewRules() {}

  /**
   * Answers the reason as it is kept: without the blanks around it.
   *
   * @throws InvalidReviewException naming the first field at fault, in the order of the form
   */
  static String check(NewReview review) {
    if (review == null || review.decision() == null) {
      throw new InvalidReviewException(Field.DECISION, Rule.REQUIRED);
    }
    String reason = review.reason() == null ? "" : review.reason().strip();
    if (reason.isEmpty()) {
      throw new InvalidReviewException(Field.REASON, Rule.REQUIRED);
    }
    if (reason.length() > REASON_MAX_LENGTH) {
      throw new InvalidReviewException(Field.REASON, Rule.TOO_LONG);
    }
    return reason;
  }
}
