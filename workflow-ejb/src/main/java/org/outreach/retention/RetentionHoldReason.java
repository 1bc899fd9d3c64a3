package org.outreach.retention;

/** Why a case is kept past the retention period. */
public enum RetentionHoldReason {
  /** A court matter of the person is pending, and the case's records may be needed in it. */
  COURT_MATTER_PENDING,
  /** A claim against the agency or by the person is made or expected. */
  LEGAL_CLAIM,
  /** An oversight body or the data protection officer reviews the case. */
  OVERSIGHT_REVIEW
}
