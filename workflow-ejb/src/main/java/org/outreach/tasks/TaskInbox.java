package org.outreach.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;

/**
 * The caller's inbox. A task is visible to a staff member when it is offered to one of their teams
 * and nobody has claimed it, or when they claimed it themselves; every action checks that first, so
 * a task id from elsewhere gives nothing away. The engine is told who is acting on every call,
 * which puts the user into its history and operation log.
 */
@RolesAllowed({"caseworker", "supervisor", "admin"})
@Stateless
public class TaskInbox {

  @Resource private SessionContext session;
  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private IdentityService identityService;
  @Inject private UserDirectory users;

  public void claim(String taskId) {
    StaffMember me = caller();
    actingAs(
        me,
        () -> {
          Task task = offeredTo(me, taskId);
          if (me.username().equals(task.getAssignee())) {
            return null;
          }
          if (task.getAssignee() != null) {
            throw claimedBy(task.getAssignee());
          }
          try {
            taskService.claim(taskId, me.username());
          } catch (TaskAlreadyClaimedException e) {
            throw claimedBy(e.getTaskAssignee());
          }
          return null;
        });
  }

  public void unclaim(String taskId) {
    StaffMember me = caller();
    actingAs(
        me,
        () -> {
          claimedByCaller(me, taskId);
          taskService.setAssignee(taskId, null);
          return null;
        });
  }

  /**
   * Completes a task that needs no outcome. Called by the capability that has just recorded what
   * was done for the task, in the same transaction; the console never completes a task bare (an
   * architecture rule of the web module keeps it so).
   *
   * @throws InvalidTaskOutcomeException if the task needs one (naming its variable)
   */
  public void complete(String taskId) {
    complete(taskId, Map.of());
  }

  /**
   * Completes a task with its outcome, such as {@code locateOutcome=FOUND}; checked against {@link
   * org.outreach.processes.TaskOutcomes} before anything is written. Like {@link
   * #complete(String)}, for the capability that records the work in the same transaction.
   *
   * @throws InvalidTaskOutcomeException naming the variable that is unknown, missing or has a value
   *     the task does not allow
   */
  public void complete(String taskId, Map<String, String> outcome) {
    StaffMember me = caller();
    actingAs(
        me,
        () -> {
          Task task = claimedByCaller(me, taskId);
          Map<String, Object> variables =
              TaskOutcomeRules.validated(task.getTaskDefinitionKey(), outcome);
          taskService.complete(taskId, variables);
          return null;
        });
  }

  /**
   * Keeps the task the caller holds open and makes it due at {@code due}: for a capability that
   * recorded an attempt after which the same task is to be tried again at an agreed time (a call
   * with a call-back time). The worklist's copy follows through the task listener.
   *
   * @throws TaskNotAvailableException if the task is not there for the caller or not claimed by
   *     them
   */
  public void dueAgainAt(String taskId, Instant due) {
    Objects.requireNonNull(due, "due");
    StaffMember me = caller();
    actingAs(
        me,
        () -> {
          Task task = claimedByCaller(me, taskId);
          task.setDueDate(Date.from(due));
          taskService.saveTask(task);
          return null;
        });
  }

  /**
   * The task if the caller holds it: for a capability that records work done for a task (a contact
   * attempt) and must know that the caller is the one doing it.
   *
   * @throws TaskNotAvailableException if the task is not there for the caller or not claimed by
   *     them
   */
  public HeldTask heldByCaller(String taskId) {
    StaffMember me = caller();
    Task task = claimedByCaller(me, taskId);
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .singleResult();
    UUID caseId =
        EngineKeys.caseIdOf(instance == null ? null : instance.getBusinessKey())
            .orElseThrow(
                () -> new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE));
    return new HeldTask(
        task.getId(),
        task.getTaskDefinitionKey(),
        caseId,
        task.getCreateTime() == null ? null : task.getCreateTime().toInstant());
  }

  private TaskQuery visibleTo(StaffMember me) {
    TaskQuery query = taskService.createTaskQuery().active();
    if (me.teams().isEmpty()) {
      return query.taskAssignee(me.username());
    }
    return query
        .or()
        .taskCandidateGroupIn(List.copyOf(me.teams()))
        .taskAssignee(me.username())
        .endOr();
  }

  private Task visibleTask(StaffMember me, String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    Task task = visibleTo(me).taskId(taskId).singleResult();
    if (task == null) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    return task;
  }

  /**
   * The task if it is offered to one of the caller's teams, claimed or not, or claimed by the
   * caller: enough to say who holds it, never anything about a task of another team.
   */
  private Task offeredTo(StaffMember me, String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
    }
    Task task =
        me.teams().isEmpty()
            ? null
            : taskService
                .createTaskQuery()
                .active()
                .taskId(taskId)
                .taskCandidateGroupIn(List.copyOf(me.teams()))
                .includeAssignedTasks()
                .singleResult();
    if (task == null) {
      task = visibleTask(me, taskId);
    }
    return task;
  }

  private Task claimedByCaller(StaffMember me, String taskId) {
    Task task = visibleTask(me, taskId);
    if (!me.username().equals(task.getAssignee())) {
      throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_CLAIMED_BY_YOU);
    }
    return task;
  }

  /** Someone else holds the task: say who, by the name the console shows for them. */
  private TaskNotAvailableException claimedBy(String username) {
    String name = username == null ? null : users.displayNameOf(username).orElse(username);
    return new TaskNotAvailableException(
        TaskNotAvailableException.Reason.CLAIMED_BY_SOMEONE_ELSE, name);
  }

  private StaffMember caller() {
    String name = session.getCallerPrincipal().getName();
    return users
        .find(name)
        .orElseThrow(() -> new EJBAccessException("Only logged-in staff have an inbox"));
  }

  private <T> T actingAs(StaffMember me, Supplier<T> work) {
    identityService.setAuthentication(me.username(), List.copyOf(me.teams()));
    try {
      return work.get();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
