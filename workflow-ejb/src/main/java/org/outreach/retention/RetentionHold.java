package org.outreach.retention;

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

/** A case kept past the retention period until the hold is lifted. */
@Entity
@Table(name = "retention_hold")
@NamedQuery(
    name = "RetentionHold.latestFirst",
    query = "SELECT h FROM RetentionHold h ORDER BY h.placedAt DESC, h.caseId")
@NamedQuery(name = "RetentionHold.count", query = "SELECT COUNT(h) FROM RetentionHold h")
class RetentionHold {

  @Id
  @Column(name = "case_id")
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private RetentionHoldReason reason;

  @Column(name = "placed_by", nullable = false, length = 64)
  private String placedBy;

  @Column(name = "placed_at", nullable = false)
  private OffsetDateTime placedAt;

  protected RetentionHold() {}

  RetentionHold(UUID caseId, RetentionHoldReason reason, String placedBy, OffsetDateTime placedAt) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.placedBy = Objects.requireNonNull(placedBy, "placedBy");
    this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
  }

  UUID caseId() {
    return caseId;
  }

  RetentionHoldView view(String caseReference) {
    return new RetentionHoldView(caseId, caseReference, reason, placedBy, placedAt.toInstant());
  }
}
