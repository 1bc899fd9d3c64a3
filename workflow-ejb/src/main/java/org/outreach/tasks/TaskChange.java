package org.outreach.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One change a supervisor made to an open task of a case. Never changed once written. */
@Entity
@Table(name = "task_change")
@NamedQuery(
    name = "TaskChange.findByCase",
    query = "SELECT c FROM TaskChange c WHERE c.caseId = :caseId ORDER BY c.changedAt, c.id")
class TaskChange {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Column(name = "task_key", nullable = false, updatable = false, length = 64)
  private String taskKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private TaskChangeKind kind;

  @Column(name = "holder_before", updatable = false, length = 64)
  private String holderBefore;

  @Column(name = "holder_after", updatable = false, length = 64)
  private String holderAfter;

  @Column(name = "due_after", updatable = false)
  private OffsetDateTime dueAfter;

  @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
  private String changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private OffsetDateTime changedAt;

  protected TaskChange() {}

  TaskChange(
      UUID caseId,
      String taskId,
      String taskKey,
      TaskChangeKind kind,
      String holderBefore,
      String holderAfter,
      OffsetDateTime dueAfter,
      String changedBy,
      OffsetDateTime changedAt) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.taskKey = Objects.requireNonNull(taskKey, "taskKey");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.holderBefore = holderBefore;
    this.holderAfter = holderAfter;
    this.dueAfter = dueAfter;
    this.changedBy = Objects.requireNonNull(changedBy, "changedBy");
    this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
  }

  String taskKey() {
    return taskKey;
  }

  TaskChangeKind kind() {
    return kind;
  }

  String holderBefore() {
    return holderBefore;
  }

  String holderAfter() {
    return holderAfter;
  }

  OffsetDateTime dueAfter() {
    return dueAfter;
  }

  String changedBy() {
    return changedBy;
  }

  OffsetDateTime changedAt() {
    return changedAt;
  }
}
