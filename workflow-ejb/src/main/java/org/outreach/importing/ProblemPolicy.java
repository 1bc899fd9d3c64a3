package org.outreach.importing;

/** What happens to the good rows of a file that has problems. */
public enum ProblemPolicy {
  /** The default: any problem, and nothing is written. */
  ALL_OR_NOTHING,
  /** The rows without problems are imported; the others are reported. */
  KEEP_VALID
}
