package org.outreach.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseTeams;

/**
 * Keeps {@code work_item} in step with the engine's open tasks. Called by the engine's task
 * listener inside the engine's transaction, on job threads and on the threads of staff who claim or
 * complete, so a row never outlives or predates its task.
 */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class WorkItems {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private CaseRecords cases;
  @Inject private CaseTeams caseTeams;

  /** A task's state as the engine holds it. */
  public record TaskState(
      String taskId,
      String businessKey,
      String processKey,
      String taskKey,
      String team,
      String assignee,
      int priority,
      Instant createdAt,
      Instant dueAt) {

    public TaskState {
      Objects.requireNonNull(taskId, "taskId");
      Objects.requireNonNull(taskKey, "taskKey");
    }
  }

  /**
   * Writes the task's current state; returns whether the task is tracked. A task whose business key
   * names no case (a model outside the campaign) is left out.
   */
  public boolean track(TaskState task) {
    Instant now = Instant.now();
    WorkItem item = entityManager.find(WorkItem.class, task.taskId());
    if (item == null) {
      Optional<UUID> caseId = EngineKeys.caseIdOf(task.businessKey());
      if (caseId.isEmpty()) {
        return false;
      }
      String reference = cases.referencesOf(Set.of(caseId.get())).get(caseId.get());
      if (reference == null) {
        return false;
      }
      item =
          new WorkItem(
              task.taskId(),
              caseId.get(),
              reference,
              task.processKey() == null ? "" : task.processKey(),
              task.taskKey(),
              utc(task.createdAt() == null ? now : task.createdAt()));
      entityManager.persist(item);
      caseTeams.joined(caseId.get(), task.team());
    }
    item.follow(task.team(), task.assignee(), task.priority(), utc(task.dueAt()), utc(now));
    return true;
  }

  /**
   * The task was completed by {@code completedBy} (its holder): no longer in the worklists, and
   * kept as completed for the supervisors' workload.
   */
  public void completed(String taskId, String completedBy) {
    WorkItem item = entityManager.find(WorkItem.class, taskId);
    if (item != null) {
      entityManager.persist(item.completed(completedBy, OffsetDateTime.now(ZoneOffset.UTC)));
      entityManager.remove(item);
    }
  }

  /** The task was cancelled, or is gone from the engine. */
  public void untrack(String taskId) {
    WorkItem item = entityManager.find(WorkItem.class, taskId);
    if (item != null) {
      entityManager.remove(item);
    }
  }

  /** The ids of every tracked task. */
  public Set<String> trackedTaskIds() {
    return new HashSet<>(
        entityManager.createQuery("SELECT w.taskId FROM WorkItem w", String.class).getResultList());
  }

  private OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }
}
