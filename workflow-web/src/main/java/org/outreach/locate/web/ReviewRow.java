package org.outreach.locate.web;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.outreach.locate.ReviewView;

/** One earlier review of the diligent effort as the review form's table shows it. */
public class ReviewRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final OffsetDateTime reviewedAt;
  private final String decision;
  private final String reason;
  private final int attemptsReviewed;
  private final String reviewedBy;

  ReviewRow(ReviewView view) {
    this.reviewedAt = view.reviewedAt();
    this.decision = view.decision().name();
    this.reason = view.reason();
    this.attemptsReviewed = view.attemptsReviewed();
    this.reviewedBy = view.reviewedBy();
  }

  public OffsetDateTime getReviewedAt() {
    return reviewedAt;
  }

  public String getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public int getAttemptsReviewed() {
    return attemptsReviewed;
  }

  public String getReviewedBy() {
    return reviewedBy;
  }

  @Override
  public String toString() {
    return "ReviewRow[" + decision + "]";
  }
}
