package org.outreach.tasks;

/**
 * The orders a worklist can be read in. Whatever the order, a task to stop a scheduled removal
 * comes first: a flight may be hours away.
 */
public enum WorklistSort {
  /** Most pressing first, then the longest waiting. */
  PRIORITY,
  /** Soonest due first; tasks without a due date last. */
  DUE,
  /** Longest waiting first. */
  WAITING_SINCE
}
