package org.outreach.custody;

import org.outreach.processes.CustodyReviewProcess;

/** What the review of a detained person's custody decided; the review task's outcomes. */
public enum CustodyDecision {
  /** The person should be released: a request for release goes to the detaining authority. */
  RELEASE_REQUESTED(CustodyReviewProcess.REVIEW_RELEASE_REQUESTED),
  /** Detention continues, for the grounds given. */
  DETENTION_CONTINUES(CustodyReviewProcess.REVIEW_DETENTION_CONTINUES),
  /** The person should be moved to another facility. */
  TRANSFER_REQUESTED(CustodyReviewProcess.REVIEW_TRANSFER_REQUESTED);

  private final String processValue;

  CustodyDecision(String processValue) {
    this.processValue = processValue;
  }

  /** The value of the review task's outcome variable. */
  String processValue() {
    return processValue;
  }
}
