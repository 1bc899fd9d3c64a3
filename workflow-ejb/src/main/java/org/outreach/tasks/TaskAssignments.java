package org.outreach.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.processes.Teams;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;

/**
 * A supervisor's changes to open tasks, one or many at a time: give them to a member of their team,
 * release their holders' claims, make them due at another time. All the tasks asked for change
 * together or none does (one transaction; every check before the first change). Each change is kept
 * with its case ({@link TaskChange}, shown on the case's timeline), recorded on the audit trail
 * with the supervisor's name, and in the engine's operation log under it. The worklist's copy of
 * each task follows through the task listener.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class TaskAssignments {

  /** The most tasks one change takes. */
  public static final int MOST_AT_ONCE = 500;

  @Resource private SessionContext session;
  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private IdentityService identityService;
  @Inject private UserDirectory users;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * The members of the task's team it can be given to, by display name: the enabled staff of the
   * team it is offered to, but the one who holds it.
   *
   * @throws TaskNotAvailableException if there is no such open task
   */
  public List<StaffMember> assignableMembers(String taskId) {
    Task task = openTasks(List.of(taskId)).get(0);
    return teamOf(task).map(users::membersOf).orElse(List.of()).stream()
        .filter(member -> !member.username().equals(task.getAssignee()))
        .toList();
  }

  /** Every enabled member of every team, by display name: whom a selection can be given to. */
  public List<StaffMember> teamMembers() {
    Map<String, StaffMember> members = new LinkedHashMap<>();
    for (String team : Teams.ALL) {
      for (StaffMember member : users.membersOf(team)) {
        members.putIfAbsent(member.username(), member);
      }
    }
    return members.values().stream()
        .sorted(Comparator.comparing(StaffMember::displayName))
        .toList();
  }

  /**
   * Gives each task to {@code username}, claimed or not; a task already theirs stays as it is.
   *
   * @return how many tasks changed hands
   * @throws TaskNotAvailableException if a task is no longer open
   * @throws InvalidAssigneeException if the member is not an enabled member of every task's team
   */
  public int reassign(Collection<String> taskIds, String username) {
    List<Task> tasks = openTasks(taskIds);
    // the member must be enabled and in every task's team: each team asked once, the tasks' teams
    // read together from the worklists' copy
    Map<String, String> teamOf = teamsOf(tasks);
    Map<String, Boolean> memberOf = new HashMap<>();
    for (Task task : tasks) {
      String team = teamOf.get(task.getId());
      boolean ofTheTeam =
          username != null
              && team != null
              && memberOf.computeIfAbsent(
                  team,
                  t -> users.membersOf(t).stream().anyMatch(m -> m.username().equals(username)));
      if (!ofTheTeam) {
        throw new InvalidAssigneeException();
      }
    }
    return change(
        tasks,
        TaskChangeKind.REASSIGNED,
        AuditAction.REASSIGN_TASK,
        task -> !username.equals(task.getAssignee()),
        task -> taskService.setAssignee(task.getId(), username),
        task -> username,
        null);
  }

  /**
   * Releases the claims on the tasks: each is open to its team again. A task nobody holds stays as
   * it is.
   *
   * @return how many claims were released
   * @throws TaskNotAvailableException if a task is no longer open
   */
  public int release(Collection<String> taskIds) {
    return change(
        openTasks(taskIds),
        TaskChangeKind.RELEASED,
        AuditAction.RELEASE_TASK,
        task -> task.getAssignee() != null,
        task -> taskService.setAssignee(task.getId(), null),
        task -> null,
        null);
  }

  /**
   * Makes each task due at {@code due}, which must be in the future.
   *
   * @return how many tasks changed
   * @throws TaskNotAvailableException if a task is no longer open
   * @throws InvalidDueDateException if {@code due} is not in the future
   */
  public int dueAt(Collection<String> taskIds, Instant due) {
    Objects.requireNonNull(due, "due");
    if (!due.isAfter(Instant.now())) {
      throw new InvalidDueDateException();
    }
    OffsetDateTime dueAt = due.atOffset(ZoneOffset.UTC);
    return change(
        openTasks(taskIds),
        TaskChangeKind.DUE_CHANGED,
        AuditAction.CHANGE_TASK_DUE,
        task -> task.getDueDate() == null || !task.getDueDate().toInstant().equals(due),
        task -> {
          task.setDueDate(Date.from(due));
          taskService.saveTask(task);
        },
        Task::getAssignee,
        dueAt);
  }

  private int change(
      List<Task> tasks,
      TaskChangeKind kind,
      AuditAction action,
      Predicate<Task> changes,
      Consumer<Task> apply,
      Function<Task, String> holderAfter,
      OffsetDateTime dueAfter) {
    String supervisor = session.getCallerPrincipal().getName();
    StaffMember me =
        users.find(supervisor).orElseThrow(() -> new EJBAccessException("Only staff change tasks"));
    Map<String, UUID> caseOf = casesOf(tasks);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int changed = 0;
    identityService.setAuthentication(me.username(), List.copyOf(me.teams()));
    try {
      for (Task task : tasks) {
        if (!changes.test(task)) {
          continue;
        }
        String before = task.getAssignee();
        apply.accept(task);
        UUID caseId = caseOf.get(task.getProcessInstanceId());
        if (caseId != null) {
          entityManager.persist(
              new TaskChange(
                  caseId,
                  task.getId(),
                  task.getTaskDefinitionKey(),
                  kind,
                  before,
                  holderAfter.apply(task),
                  dueAfter,
                  supervisor,
                  now));
          entityManager.persist(
              AuditEvent.onCaseRecord(
                  supervisor,
                  null,
                  caseId,
                  action,
                  AccessPurpose.SUPERVISION,
                  AuditEvent.reasonTask(task.getId())));
        } else {
          entityManager.persist(AuditEvent.onTrail(supervisor, action, AccessPurpose.SUPERVISION));
        }
        changed++;
      }
    } finally {
      identityService.clearAuthentication();
    }
    return changed;
  }

  /** The open tasks, every one of them, in the order asked; checked before anything changes. */
  private List<Task> openTasks(Collection<String> taskIds) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : taskIds) {
      if (id == null || id.isBlank() || id.length() > 64) {
        throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
      }
      ids.add(id);
    }
    if (ids.isEmpty() || ids.size() > MOST_AT_ONCE) {
      throw new IllegalArgumentException("tasks: 1 to " + MOST_AT_ONCE + " at a time");
    }
    Map<String, Task> found = new HashMap<>();
    for (Task task :
        taskService.createTaskQuery().active().taskIdIn(ids.toArray(String[]::new)).list()) {
      found.put(task.getId(), task);
    }
    List<Task> tasks = new ArrayList<>(ids.size());
    for (String id : ids) {
      Task task = found.get(id);
      if (task == null) {
        throw new TaskNotAvailableException(TaskNotAvailableException.Reason.NOT_VISIBLE);
      }
      tasks.add(task);
    }
    return tasks;
  }

  /**
   * The team each task is offered to, from the worklists' copy in one query; a task not yet copied
   * (its listener's transaction is the task's own, so only in a race) is asked of the engine.
   */
  private Map<String, String> teamsOf(List<Task> tasks) {
    Map<String, String> teams = new HashMap<>();
    entityManager
        .createQuery(
            "SELECT w.taskId, w.team FROM WorkItem w WHERE w.taskId IN :ids", Object[].class)
        .setParameter("ids", tasks.stream().map(Task::getId).toList())
        .getResultStream()
        .filter(row -> row[1] != null)
        .forEach(row -> teams.put((String) row[0], (String) row[1]));
    for (Task task : tasks) {
      if (!teams.containsKey(task.getId())) {
        teamOf(task).ifPresent(team -> teams.put(task.getId(), team));
      }
    }
    return teams;
  }

  /** The team a task is offered to (its candidate group). */
  private Optional<String> teamOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** The case of each task's process instance: its root instance's business key. */
  private Map<String, UUID> casesOf(List<Task> tasks) {
    Set<String> instanceIds = new LinkedHashSet<>();
    tasks.forEach(task -> instanceIds.add(task.getProcessInstanceId()));
    instanceIds.remove(null);
    Map<String, UUID> caseOf = new HashMap<>();
    if (instanceIds.isEmpty()) {
      return caseOf;
    }
    for (ProcessInstance instance :
        runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
      EngineKeys.caseIdOf(instance.getBusinessKey())
          .ifPresent(id -> caseOf.put(instance.getId(), id));
    }
    return caseOf;
  }
}
