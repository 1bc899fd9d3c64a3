package org.outreach.correlation;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Whether a failure was the engine's optimistic locking: a message met a process the job executor
 * was advancing at the same moment, and the caller's transaction was rolled back. Trying the whole
 * transaction again is safe and usually succeeds.
 */
public final class Conflicts {

  private Conflicts() {}

  /** Whether {@code failure} or one of its causes is the engine's optimistic-locking conflict. */
  public static boolean isConcurrentChange(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }
}
