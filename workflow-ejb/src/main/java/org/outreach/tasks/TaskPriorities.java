package org.outreach.tasks;

/**
 * Task priorities as the engine keeps them: 50 by default, higher is more pressing, 100 at most.
 */
public final class TaskPriorities {

  public static final int MAX = 100;

  /** How much one escalation raises a task. */
  static final int ESCALATION_STEP = 25;

  private TaskPriorities() {}

  /** The priority after one more escalation, capped at {@link #MAX}. */
  public static int escalated(int current) {
    return current >= MAX - ESCALATION_STEP ? MAX : Math.max(current, 0) + ESCALATION_STEP;
  }
}
