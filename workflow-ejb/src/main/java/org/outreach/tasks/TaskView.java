package org.outreach.tasks;

import java.io.Serializable;
import java.time.Instant;
import org.camunda.bpm.engine.task.Task;

/**
 * A task as the console shows it: what to do, for which case (by reference), since when, by whom it
 * is claimed and how pressing it is. Holds no personal data.
 *
 * @param priority the engine's priority: 50 by default, raised when the task is overdue
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
    int priority)
    implements Serializable {

  /** The engine's task as the console shows it to {@code username}. */
  static TaskView of(Task task, String caseReference, String username) {
    return new TaskView(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        caseReference,
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getAssignee(),
        username.equals(task.getAssignee()),
        task.getPriority());
  }

  public boolean claimed() {
    return assignee != null;
  }
}
