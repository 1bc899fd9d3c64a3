package org.outreach.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A task as the console shows it: what to do, for which case (by reference), since when, by whom it
 * is claimed, how pressing it is, and the outcomes it can be completed with (none: it is just
 * completed). Holds no personal data.
 *
 * @param priority the engine's priority: 50 by default, raised when the task is overdue
 * @param outcomeVariable the variable completing sets, or {@code null}
 * @param outcomeValues its allowed values in the order to offer them; empty without a variable
 */
public record TaskView(
    String id,
    String taskKey,
    String name,
    String caseReference,
    Instant created,
    Instant due,
    String assignee,
    boolean claimedByMe,
    int priority,
    String outcomeVariable,
    List<String> outcomeValues) {

  public TaskView {
    outcomeValues = outcomeValues == null ? List.of() : List.copyOf(outcomeValues);
  }

  public boolean claimed() {
    return assignee != null;
  }
}
