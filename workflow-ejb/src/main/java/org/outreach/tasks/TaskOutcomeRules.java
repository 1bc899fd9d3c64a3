package org.outreach.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.outreach.processes.TaskOutcomes;

/**
 * Checks what a caseworker completes a task with against {@link TaskOutcomes}: a task with an
 * outcome needs exactly its variable with one of its values; any other task takes none. The
 * process's gateways then never meet a value they do not route.
 */
final class TaskOutcomeRules {

  private TaskOutcomeRules() {}

  /**
   * The variables to complete the task with.
   *
   * @throws InvalidTaskOutcomeException naming the variable at fault, never the value given
   */
  static Map<String, Object> validated(String taskDefinitionKey, Map<String, String> outcome) {
    Map<String, String> given = outcome == null ? Map.of() : outcome;
    Optional<TaskOutcomes.Outcome> expected = outcomeOf(taskDefinitionKey);
    for (String variable : new TreeSet<>(given.keySet())) {
      if (expected.isEmpty() || !expected.get().variable().equals(variable)) {
        throw new InvalidTaskOutcomeException(
            variable + ": not an outcome of task " + taskDefinitionKey);
      }
    }
    if (expected.isEmpty()) {
      return Map.of();
    }
    String variable = expected.get().variable();
    String value = given.get(variable);
    if (value == null) {
      throw new InvalidTaskOutcomeException(
          variable
              + ": required to complete task "
              + taskDefinitionKey
              + ", one of "
              + allowedValues(expected.get()));
    }
    if (!expected.get().values().contains(value)) {
      throw new InvalidTaskOutcomeException(
          variable + ": not one of " + allowedValues(expected.get()));
    }
    return Map.of(variable, value);
  }

  /**
   * The outcome a task needs. A task the table does not list (a model outside the campaign's
   * processes) completes without one.
   */
  static Optional<TaskOutcomes.Outcome> outcomeOf(String taskDefinitionKey) {
    return TaskOutcomes.BY_TASK.getOrDefault(taskDefinitionKey, Optional.empty());
  }

  /** The allowed values in a stable order (the table holds them as a set). */
  static List<String> allowedValues(TaskOutcomes.Outcome outcome) {
    return outcome.values().stream().sorted().toList();
  }
}
