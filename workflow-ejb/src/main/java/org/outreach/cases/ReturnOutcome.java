package org.outreach.cases;

/** How the return-travel offer to a removed person ended. */
public enum ReturnOutcome {
  /** Arrived back. */
  ARRIVED,
  /** Wished to return but did not travel. */
  DID_NOT_TRAVEL,
  /** Prefers to stay where they are. */
  STAYS,
  /** Could not be reached about it. */
  NO_CONTACT
}
