package org.outreach.cases;

/** The notice to the immigration court, counted from the proven notice. */
public enum CourtFilingState {
  /** No deadline yet: notice not proven, or no court access offered. */
  NOT_DUE,
  /** A deadline is set. */
  DUE,
  /** The legal-access team was reminded of the deadline. */
  REMINDED,
  /** The notice was filed. */
  FILED
}
