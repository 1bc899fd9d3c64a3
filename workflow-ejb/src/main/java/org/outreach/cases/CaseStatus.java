package org.outreach.cases;

/** Where a case stands. Grows with the outreach process; never carries personal data. */
public enum CaseStatus {
  /** Created and its process started; the first step has not run yet. */
  OPENED,
  /** The process has recorded the opening and outreach work is under way. */
  IN_OUTREACH,
  /** The process ended the case with a {@link CaseOutcome}. */
  CLOSED
}
