package org.outreach.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.mail.outbox.StaffMail;
import org.outreach.mail.outbox.StaffRecipient;

/**
 * Overdue tasks: raises their priority so they rise in every inbox, and tells the supervisors by
 * mail through the outbox (written in the job's transaction), naming the case reference and the
 * task, nothing else. Runs on job-executor threads.
 */
@Stateless
@RolesAllowed(SystemIdentity.ROLE)
@SystemService
public class TaskEscalation {

  private static final Logger LOG = Logger.getLogger(TaskEscalation.class.getName());

  @Inject private TaskService taskService;
  @Inject private CaseRecords cases;
  @Inject private CaseProgress progress;
  @Inject private StaffMail staffMail;

  /**
   * Escalates the open tasks of {@code taskDefinitionKey} in the process instance; returns how many
   * there were. None (the task was completed meanwhile) sends nothing.
   */
  public int escalate(String processInstanceId, UUID caseId, String taskDefinitionKey) {
    Objects.requireNonNull(processInstanceId, "processInstanceId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(taskDefinitionKey, "taskDefinitionKey");
    List<Task> overdue =
        taskService
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskDefinitionKey)
            .active()
            .list();
    if (overdue.isEmpty()) {
      return 0;
    }
    String reference = cases.find(caseId).map(c -> c.reference()).orElse(caseId.toString());
    StringBuilder body = new StringBuilder();
    for (Task task : overdue) {
      taskService.setPriority(task.getId(), TaskPriorities.escalated(task.getPriority()));
      body.append("The task \"")
          .append(task.getName() == null ? taskDefinitionKey : task.getName())
          .append("\" on case ")
          .append(reference)
          .append(" is overdue.")
          .append(task.getAssignee() == null ? " Nobody has claimed it." : "")
          .append('\n');
      progress.recordTaskEscalated(caseId);
    }
    body.append("\nIts priority was raised. Open the console to reassign or follow up.\n");
    staffMail.queue(
        StaffRecipient.SUPERVISORS, "Overdue task on case " + reference, body.toString());
    LOG.info(() -> "Escalated " + taskDefinitionKey + " on case " + caseId);
    return overdue.size();
  }
}
