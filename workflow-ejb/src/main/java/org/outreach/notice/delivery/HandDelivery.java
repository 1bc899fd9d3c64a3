package org.outreach.notice.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;

/** One hand delivery recorded for a case's task; written once. Holds no personal data. */
@Entity
@Table(name = "hand_delivery")
class HandDelivery {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private DeliveryOutcome outcome;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 32)
  private NotDeliveredReason reason;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private OffsetDateTime attemptedAt;

  @Column(name = "delivered_by", nullable = false, updatable = false, length = 200)
  private String deliveredBy;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  /** The case document holding the signed receipt (or a statement of the refusal), if any. */
  @Column(name = "receipt_document_id", updatable = false)
  private UUID receiptDocumentId;

  protected HandDelivery() {}

  HandDelivery(
      UUID caseId,
      String taskId,
      NewHandDelivery delivery,
      String deliveredBy,
      String recordedBy,
      OffsetDateTime recordedAt,
      UUID receiptDocumentId) {
    this.id = UUID.randomUUID();
    this.caseId = caseId;
    this.taskId = taskId;
    this.outcome = delivery.outcome();
    this.reason = delivery.reason();
    this.attemptedAt = delivery.attemptedAt();
    this.deliveredBy = deliveredBy;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.receiptDocumentId = receiptDocumentId;
  }

  UUID id() {
    return id;
  }

  /** The delivery on the case's timeline. */
  TimelineEntry timeline() {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("outcome", "delivery.outcome." + outcome.name()));
    if (reason != null) {
      facts.add(Fact.key("reason", "delivery.reason." + reason.name()));
    }
    facts.add(Fact.value("deliveredBy", deliveredBy));
    if (receiptDocumentId != null) {
      facts.add(Fact.key("receipt", "delivery.receipt.stored"));
    }
    return new TimelineEntry(attemptedAt, "notice.handDelivery", recordedBy, facts);
  }
}
