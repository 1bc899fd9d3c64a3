package org.outreach.hold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A removal the removal office reported for a person the registry knows, and whether the server
 * answered that the person is held. Holds neither the A-number nor the destination.
 */
@Entity
@Table(name = "reported_removal")
@NamedQuery(
    name = "ReportedRemoval.findByPeople",
    query = "SELECT r FROM ReportedRemoval r WHERE r.personId IN :personIds")
class ReportedRemoval {

  @Id private UUID id;

  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "case_id", updatable = false)
  private UUID caseId;

  @Column(name = "scheduled_for", nullable = false, updatable = false)
  private LocalDate scheduledFor;

  @Column(nullable = false, updatable = false)
  private boolean held;

  @Column(name = "reported_by", nullable = false, updatable = false, length = 64)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false, updatable = false)
  private OffsetDateTime reportedAt;

  protected ReportedRemoval() {}

  ReportedRemoval(
      UUID personId,
      UUID caseId,
      LocalDate scheduledFor,
      boolean held,
      String reportedBy,
      OffsetDateTime reportedAt) {
    this.id = UUID.randomUUID();
    this.personId = Objects.requireNonNull(personId, "personId");
    this.caseId = caseId;
    this.scheduledFor = Objects.requireNonNull(scheduledFor, "scheduledFor");
    this.held = held;
    this.reportedBy = Objects.requireNonNull(reportedBy, "reportedBy");
    this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
  }

  UUID personId() {
    return personId;
  }

  LocalDate scheduledFor() {
    return scheduledFor;
  }
}
