package org.outreach.tasks.web;

import java.util.Map;
import org.outreach.processes.OutreachProcess;

/** What the inbox tells a caseworker to do for each kind of task, by its id in the model. */
final class TaskGuidance {

  private static final Map<String, String> BY_TASK =
      Map.of(
          OutreachProcess.TASK_REVIEW_CASE,
          "Check that the case is complete and ready for outreach, then complete the task.");

  private TaskGuidance() {}

  static String forTask(String taskKey) {
    return BY_TASK.getOrDefault(taskKey, "");
  }
}
