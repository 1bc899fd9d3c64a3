package org.outreach.cases;

/** What the custody review of a detained person decided. */
public enum CustodyReviewOutcome {
  RELEASE_REQUESTED,
  DETENTION_CONTINUES,
  TRANSFER_REQUESTED
}
