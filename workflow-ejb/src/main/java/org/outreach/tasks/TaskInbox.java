package org.outreach.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.outreach.cases.CaseRecords;
import org.outreach.processes.TaskOutcomes;
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

  static final int PAGE_SIZE = 200;

  @Resource private SessionContext session;
  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private IdentityService identityService;
  @Inject private UserDirectory users;
  @Inject private CaseRecords cases;

  public List<TaskView> visibleTasks() {
    StaffMember me = caller();
    return actingAs(
        me,
        () -> {
          List<Task> tasks =
              visibleTo(me)
                  .orderByTaskPriority()
                  .desc()
                  .orderByTaskCreateTime()
                  .asc()
                  .listPage(0, PAGE_SIZE);
          Map<String, String> references = caseReferences(tasks);
          return tasks.stream()
              .map(
                  task ->
                      new TaskView(
                          task.getId(),
                          task.getTaskDefinitionKey(),
                          task.getName(),
                          references.get(task.getProcessInstanceId()),
                          task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                          task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                          task.getAssignee(),
                          me.username().equals(task.getAssignee()),
                          task.getPriority(),
                          TaskOutcomeRules.outcomeOf(task.getTaskDefinitionKey())
                              .map(TaskOutcomes.Outcome::variable)
                              .orElse(null),
                          TaskOutcomeRules.outcomeOf(task.getTaskDefinitionKey())
                              .map(TaskOutcomeRules::allowedValues)
                              .orElse(List.of())))
              .toList();
        });
  }

  public void claim(String taskId) {
    StaffMember me = caller();
    actingAs(
        me,
        () -> {
          Task task = visibleTask(me, taskId);
          if (task.getAssignee() != null) {
            throw new TaskNotAvailableException("The task is already claimed");
          }
          try {
            taskService.claim(taskId, me.username());
          } catch (TaskAlreadyClaimedException e) {
            throw new TaskNotAvailableException("The task was claimed by someone else just now");
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
   * Completes a task that needs no outcome.
   *
   * @throws InvalidTaskOutcomeException if the task needs one (naming its variable)
   */
  public void complete(String taskId) {
    complete(taskId, Map.of());
  }

  /**
   * Completes a task with its outcome, such as {@code locateOutcome=FOUND}; checked against {@link
   * org.outreach.processes.TaskOutcomes} before anything is written.
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
      throw new TaskNotAvailableException("No task was named");
    }
    Task task = visibleTo(me).taskId(taskId).singleResult();
    if (task == null) {
      throw new TaskNotAvailableException("The task is not available to you");
    }
    return task;
  }

  private Task claimedByCaller(StaffMember me, String taskId) {
    Task task = visibleTask(me, taskId);
    if (!me.username().equals(task.getAssignee())) {
      throw new TaskNotAvailableException("Claim the task before working on it");
    }
    return task;
  }

  /** Case references by process instance id: two queries for the whole page. */
  private Map<String, String> caseReferences(List<Task> tasks) {
    Set<String> instanceIds =
        tasks.stream()
            .map(Task::getProcessInstanceId)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
    if (instanceIds.isEmpty()) {
      return Map.of();
    }
    Map<String, UUID> caseByInstance = new HashMap<>();
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
      if (instance.getBusinessKey() != null) {
        caseByInstance.put(instance.getId(), UUID.fromString(instance.getBusinessKey()));
      }
    }
    Map<UUID, String> references = cases.referencesOf(caseByInstance.values());
    Map<String, String> byInstance = new HashMap<>();
    caseByInstance.forEach(
        (instanceId, caseId) -> {
          String reference = references.get(caseId);
          if (reference != null) {
            byInstance.put(instanceId, reference);
          }
        });
    return byInstance;
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
