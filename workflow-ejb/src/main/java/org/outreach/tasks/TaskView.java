package org.outreach.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.task.Task;
import org.outreach.processes.TaskOutcomes;

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

  /** The engine's task as the console shows it to {@code username}. */
  static TaskView of(Task task, String caseReference, String username) {
    Optional<TaskOutcomes.Outcome> outcome =
        TaskOutcomeRules.outcomeOf(task.getTaskDefinitionKey());
    return new TaskView(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        caseReference,
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getAssignee(),
        username.equals(task.getAssignee()),
        task.getPriority(),
        outcome.map(TaskOutcomes.Outcome::variable).orElse(null),
        outcome.map(TaskOutcomeRules::allowedValues).orElse(List.of()));
  }

  public boolean claimed() {
    return assignee != null;
  }
}
