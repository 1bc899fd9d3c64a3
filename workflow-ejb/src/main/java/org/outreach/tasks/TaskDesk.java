package org.outreach.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseProgress;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonView;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;

/**
 * A task as its page shows it: the task, its case, the parts of the person's record the task needs
 * ({@link NeedToKnow}), the removal hold and what was tried. Opening it is a read of the person,
 * audited with the task as its reason. A caseworker opens the tasks of their teams (claimed by
 * anyone, to see who holds them) and their own; supervisors and administrators any task.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class TaskDesk {

  @Resource private SessionContext session;
  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private UserDirectory users;
  @Inject private CaseRecords cases;
  @Inject private CaseProgress progress;
  @Inject private PersonRegistry registry;

  /**
   * A task and what its page needs; {@code person} is empty for a case without one, {@code holder}
   * is the display name of whoever holds the task, or {@code null}.
   */
  public record TaskFile(
      TaskView task,
      String holder,
      CaseSummary caseSummary,
      Optional<PersonView> person,
      List<CaseProgress.Entry> history) {

    /** Whether the reader holds the task and so may record and complete it. */
    public boolean mayWork() {
      return task.claimedByMe();
    }

    @Override
    public String toString() {
      return "TaskFile[" + task.id() + "]";
    }
  }

  /**
   * @throws TaskNotAvailableException if the task does not exist or is not the caller's to see
   */
  public TaskFile open(String taskId) {
    StaffMember me = caller();
    Task task = visibleTask(me, taskId);
    UUID caseId =
        EngineKeys.caseIdOf(businessKeyOf(task))
            .orElseThrow(
                () -> new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE));
    CaseSummary summary =
        cases
            .find(caseId)
            .orElseThrow(
                () -> new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE));
    boolean supervises = session.isCallerInRole("supervisor") || session.isCallerInRole("admin");
    boolean holdsIt = me.username().equals(task.getAssignee());
    Optional<PersonView> person =
        personOf(caseId)
            .map(
                personId ->
                    registry.readParts(
                        caseId,
                        personId,
                        NeedToKnow.forTask(task.getTaskDefinitionKey(), supervises || holdsIt),
                        AccessPurpose.CASEWORK,
                        AuditEvent.reasonTask(task.getId())));
    return new TaskFile(
        TaskView.of(task, summary.reference(), me.username()),
        task.getAssignee() == null
            ? null
            : users.displayNameOf(task.getAssignee()).orElse(task.getAssignee()),
        summary,
        person,
        progress.trailOf(caseId));
  }

  private Optional<UUID> personOf(UUID caseId) {
    try {
      return cases.personOf(caseId);
    } catch (UnknownCaseException e) {
      return Optional.empty();
    }
  }

  private Task visibleTask(StaffMember me, String taskId) {
    if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    TaskQuery query = taskService.createTaskQuery().active().taskId(taskId);
    boolean supervises = session.isCallerInRole("supervisor") || session.isCallerInRole("admin");
    if (!supervises) {
      query =
          me.teams().isEmpty()
              ? query.taskAssignee(me.username())
              : query
                  .or()
                  .taskCandidateGroupIn(List.copyOf(me.teams()))
                  .includeAssignedTasks()
                  .taskAssignee(me.username())
                  .endOr();
    }
    Task task = query.singleResult();
    if (task == null) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    return task;
  }

  private String businessKeyOf(Task task) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    return instance == null ? null : instance.getBusinessKey();
  }

  private StaffMember caller() {
    return users
        .find(session.getCallerPrincipal().getName())
        .orElseThrow(() -> new EJBAccessException("Only logged-in staff open tasks"));
  }
}
