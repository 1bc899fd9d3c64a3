package org.outreach.cases;

/** The promise that nobody affected is removed before they could raise the breach in court. */
public enum RemovalHoldState {
  /** No hold yet. */
  NONE,
  /** The hold stands; removal must not happen. */
  IN_PLACE,
  /** The hold ran its period after proven notice and ended. */
  ENDED,
  /** The person was removed while the hold stood. */
  BREACHED
}
