package org.outreach.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;

/**
 * A detained person's release from detention, as recorded on their case after the custody review:
 * the day only, once per case. Plain (a day and ids), so the funnel can count it.
 */
@Entity
@Table(name = "custody_release")
class CustodyRelease {

  @Id
  @Column(name = "case_id", updatable = false)
  private UUID caseId;

  @Column(name = "released_on", nullable = false, updatable = false)
  private LocalDate releasedOn;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected CustodyRelease() {}

  CustodyRelease(UUID caseId, LocalDate releasedOn, String recordedBy, OffsetDateTime recordedAt) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.releasedOn = Objects.requireNonNull(releasedOn, "releasedOn");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** The release on the case's timeline. */
  TimelineEntry timeline() {
    return new TimelineEntry(
        recordedAt, "custody.released", recordedBy, List.of(Fact.day("releasedOn", releasedOn)));
  }
}
