package org.outreach.importing;

/** Where an import stands. */
public enum ImportState {
  /** The file had problems (or was unusable) and nothing was written. */
  REJECTED,
  /** Writing failed; nothing was written. */
  FAILED,
  /** People were written; their cases are being opened. */
  STARTING,
  /** Every new person has a case and a running outreach process. */
  STARTED,
  /** Some chunks failed to start; retryable. */
  STARTED_WITH_FAILURES
}
