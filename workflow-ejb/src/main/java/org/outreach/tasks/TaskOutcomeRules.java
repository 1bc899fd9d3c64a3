package org.outreach.tasks;

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
   * @throws InvalidTaskOutcomeException naming the variable at fault
   */
  static Map<String, Object> validated(String taskDefinitionKey, Map<String, String> outcome) {
    Map<String, String> given = outcome == null ? Map.of() : outcome;
    Optional<TaskOutcomes.Outcome> expected = TaskOutcomes.of(taskDefinitionKey);
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
              + expected.get().values());
    }
    if (!expected.get().values().contains(value)) {
      throw new InvalidTaskOutcomeException(variable + ": not one of " + expected.get().values());
    }
    return Map.of(variable, value);
  }
}
