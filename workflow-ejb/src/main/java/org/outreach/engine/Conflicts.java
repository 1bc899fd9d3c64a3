package org.outreach.engine;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Whether a failure was a concurrent change: a message met a process the job executor was advancing
 * at the same moment, and the caller's transaction was rolled back. The engine mostly says so with
 * its optimistic locking; PostgreSQL may find the two transactions deadlocked first (their rows
 * locked in opposite orders) and roll one back. Either way the whole transaction was rolled back,
 * and trying it again is safe and usually succeeds.
 */
public final class Conflicts {

  /** PostgreSQL's deadlock, and the serialization failure of every database (SQL state 40001). */
  private static final Set<String> ROLLED_BACK_STATES = Set.of("40P01", "40001");

  private Conflicts() {}

  /**
   * Whether {@code failure} or one of its causes is the engine's optimistic-locking conflict or a
   * transaction the database rolled back for a deadlock or a serialization failure.
   */
  public static boolean isConcurrentChange(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause()) {
      depth++;
      if (cause instanceof OptimisticLockingException) {
        return true;
      }
      if (cause instanceof SQLException sql && rolledBack(sql)) {
        return true;
      }
    }
    return false;
  }

  /** A batch's failure names the statement's own in its chain of next exceptions. */
  private static boolean rolledBack(SQLException failure) {
    for (SQLException next = failure; next != null; next = next.getNextException()) {
      String state = next.getSQLState();
      if (state != null && ROLLED_BACK_STATES.contains(state)) {
        return true;
      }
    }
    return false;
  }
}
