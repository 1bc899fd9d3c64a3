package org.outreach.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A task that was completed: for how long work took, per team and caseworker. Never changed. */
@Entity
@Table(name = "completed_task")
class CompletedTask {

  @Id
  @Column(name = "task_id", length = 64, updatable = false)
  private String taskId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_key", nullable = false, updatable = false, length = 64)
  private String taskKey;

  @Column(updatable = false, length = 64)
  private String team;

  @Column(name = "completed_by", updatable = false, length = 64)
  private String completedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private OffsetDateTime completedAt;

  @Column(name = "duration_seconds", nullable = false, updatable = false)
  private long durationSeconds;

  protected CompletedTask() {}

  CompletedTask(
      String taskId,
      UUID caseId,
      String taskKey,
      String team,
      String completedBy,
      OffsetDateTime createdAt,
      OffsetDateTime completedAt) {
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskKey = Objects.requireNonNull(taskKey, "taskKey");
    this.team = team;
    this.completedBy = completedBy;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
    this.durationSeconds = Math.max(0, Duration.between(createdAt, completedAt).toSeconds());
  }
}
