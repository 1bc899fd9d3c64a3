package org.outreach.travel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.tasks.HeldTask;
import org.outreach.tasks.TaskInbox;
import org.outreach.tasks.TaskNotAvailableException;

/**
 * What the return-travel forms share: the task the caller holds, checked to be of the expected kind
 * and its case visible to them; the case's person and when it was opened; and completing the task.
 * Called only by the services of this package, inside their transaction and with their caller (a
 * dependent bean, so nothing stands between them).
 */
@Dependent
class TravelTasks {

  @Inject private TaskInbox inbox;
  @Inject private CaseAccess caseAccess;
  @Inject private CaseRecords cases;

  /**
   * The task by this id, if the caller holds it and it is of {@code taskKey}.
   *
   * @throws TaskNotAvailableException otherwise, like a task that does not exist
   */
  HeldTask held(String taskId, String taskKey) {
    HeldTask task = inbox.heldByCaller(taskId);
    if (!taskKey.equals(task.taskKey())) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    caseAccess.requireVisible(task.caseId());
    return task;
  }

  /** The case's person, absent for a demo case. */
  UUID personOf(HeldTask task) {
    return cases.personOf(task.caseId()).orElse(null);
  }

  /** When the case was opened, to the minute (moments are entered to the minute). */
  OffsetDateTime openedAt(HeldTask task) {
    return cases
        .find(task.caseId())
        .map(CaseSummary::openedAt)
        .map(opened -> opened.truncatedTo(ChronoUnit.MINUTES))
        .orElse(null);
  }

  /** Completes the task with the outcome the process routes on, or none. */
  void complete(HeldTask task, Map<String, String> outcome) {
    inbox.complete(task.id(), outcome);
  }
}
