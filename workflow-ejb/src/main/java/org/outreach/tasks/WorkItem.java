package org.outreach.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * An open user task as worklists see it: a copy of the engine's task kept in the engine's own
 * transaction by {@link WorkItems}. Ids, keys, names of teams and staff, numbers and dates only.
 */
@Entity
@Table(name = "work_item")
class WorkItem {

  @Id
  @Column(name = "task_id", length = 64)
  private String taskId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "case_reference", nullable = false, updatable = false, length = 16)
  private String caseReference;

  @Column(name = "process_key", nullable = false, updatable = false, length = 64)
  private String processKey;

  @Column(name = "task_key", nullable = false, updatable = false, length = 64)
  private String taskKey;

  @Column(length = 64)
  private String team;

  @Column(length = 64)
  private String assignee;

  @Column(nullable = false)
  private int priority;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "due_at")
  private OffsetDateTime dueAt;

  @Column(name = "claimed_at")
  private OffsetDateTime claimedAt;

  protected WorkItem() {}

  WorkItem(
      String taskId,
      UUID caseId,
      String caseReference,
      String processKey,
      String taskKey,
      OffsetDateTime createdAt) {
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.caseReference = Objects.requireNonNull(caseReference, "caseReference");
    this.processKey = Objects.requireNonNull(processKey, "processKey");
    this.taskKey = Objects.requireNonNull(taskKey, "taskKey");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Takes the task's current team, assignee, priority and due date. */
  void follow(
      String team, String assignee, int priority, OffsetDateTime dueAt, OffsetDateTime now) {
    if (assignee == null) {
      claimedAt = null;
    } else if (!assignee.equals(this.assignee)) {
      claimedAt = now;
    }
    this.team = team;
    this.assignee = assignee;
    this.priority = priority;
    this.dueAt = dueAt;
  }

  String taskId() {
    return taskId;
  }

  /** What is kept of the task once {@code completedBy} completed it at {@code at}. */
  CompletedTask completed(String completedBy, OffsetDateTime at) {
    return new CompletedTask(
        taskId, caseId, taskKey, team, completedBy == null ? assignee : completedBy, createdAt, at);
  }
}
