package org.outreach.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;

/**
 * A scheduled consultation that took place, as a caseworker recorded it on the case: the day only,
 * written once per consultation. Plain (a day and ids), so the funnel can count it.
 */
@Entity
@Table(name = "consultation_held")
@NamedQuery(
    name = "ConsultationHeld.ofCase",
    query = "SELECT h FROM ConsultationHeld h WHERE h.caseId = :caseId ORDER BY h.recordedAt")
class ConsultationHeld {

  @Id
  @Column(name = "consultation_id", updatable = false)
  private UUID consultationId;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected ConsultationHeld() {}

  ConsultationHeld(
      UUID consultationId,
      UUID caseId,
      LocalDate heldOn,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.consultationId = Objects.requireNonNull(consultationId, "consultationId");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.heldOn = Objects.requireNonNull(heldOn, "heldOn");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** The consultation held, on the case's timeline. */
  TimelineEntry timeline() {
    return new TimelineEntry(
        recordedAt, "court.consultationHeld", recordedBy, List.of(Fact.day("heldOn", heldOn)));
  }
}
