package org.outreach.notice.templates;

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

/** One step in a template version's review. Append-only: no setters, nothing updates it. */
@Entity
@Table(name = "notice_template_review")
@NamedQuery(
    name = "TemplateReviewEvent.findByVersion",
    query =
        "SELECT e FROM TemplateReviewEvent e WHERE e.versionId = :versionId"
            + " ORDER BY e.occurredAt, e.id")
class TemplateReviewEvent {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "version_id", nullable = false, updatable = false)
  private UUID versionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private ReviewAction action;

  @Column(nullable = false, updatable = false, length = 64)
  private String actor;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  protected TemplateReviewEvent() {}

  TemplateReviewEvent(UUID versionId, ReviewAction action, String actor, OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.versionId = Objects.requireNonNull(versionId, "versionId");
    this.action = Objects.requireNonNull(action, "action");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.occurredAt = Objects.requireNonNull(at, "at");
  }

  ReviewStep view() {
    return new ReviewStep(action, actor, occurredAt);
  }
}
