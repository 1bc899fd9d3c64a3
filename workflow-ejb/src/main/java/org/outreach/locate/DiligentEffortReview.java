package org.outreach.locate;

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
import java.util.function.UnaryOperator;
import org.outreach.privacy.FieldCipher;

/**
 * A supervisor's review of the diligent effort made on a case: the decision, and its reason sealed
 * by {@link FieldCipher} and bound to this row's id. Written once; only a key rotation re-seals the
 * reason.
 */
@Entity
@Table(name = "diligent_effort_review")
@NamedQuery(
    name = "DiligentEffortReview.findByCase",
    query =
        "SELECT r FROM DiligentEffortReview r WHERE r.caseId = :caseId ORDER BY r.reviewedAt, r.id")
@NamedQuery(
    name = "DiligentEffortReview.idsNotUnderKey",
    query = "SELECT r.id FROM DiligentEffortReview r WHERE r.keyId <> :keyId ORDER BY r.id")
class DiligentEffortReview {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private ReviewDecision decision;

  @Column(nullable = false, length = 12000)
  private String reason;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "attempts_reviewed", nullable = false, updatable = false)
  private int attemptsReviewed;

  @Column(name = "reviewed_by", nullable = false, updatable = false, length = 64)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false, updatable = false)
  private OffsetDateTime reviewedAt;

  protected DiligentEffortReview() {}

  /** A review whose reason is already sealed for {@link #reasonData(UUID)} of {@code id}. */
  DiligentEffortReview(
      UUID id,
      UUID caseId,
      String taskId,
      ReviewDecision decision,
      String sealedReason,
      int attemptsReviewed,
      String reviewedBy,
      OffsetDateTime reviewedAt) {
    if (attemptsReviewed < 0) {
      throw new IllegalArgumentException("attemptsReviewed: must not be negative");
    }
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.reason = Objects.requireNonNull(sealedReason, "sealedReason");
    this.keyId = FieldCipher.keyIdOf(sealedReason);
    this.attemptsReviewed = attemptsReviewed;
    this.reviewedBy = Objects.requireNonNull(reviewedBy, "reviewedBy");
    this.reviewedAt = Objects.requireNonNull(reviewedAt, "reviewedAt");
  }

  /** What the reason is bound to: {@code DiligentEffortReview:reason:<id>}. */
  static String reasonData(UUID id) {
    return FieldCipher.associatedData("DiligentEffortReview", "reason", id.toString());
  }

  /** The reason under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(reason);
    if (stale) {
      reason = cipher.reEncrypt(reason, reasonData(id));
      keyId = FieldCipher.keyIdOf(reason);
    }
    return stale;
  }

  /** The reason, opened by {@code cipher}. */
  String reason(FieldCipher cipher) {
    return cipher.decrypt(reason, reasonData(id));
  }

  /**
   * The review as a page shows it, the reason opened by {@code cipher}, the reviewer named by
   * {@code names} (username to display name).
   */
  ReviewView view(FieldCipher cipher, UnaryOperator<String> names) {
    return new ReviewView(
        decision, reason(cipher), attemptsReviewed, names.apply(reviewedBy), reviewedAt);
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  ReviewDecision decision() {
    return decision;
  }

  int attemptsReviewed() {
    return attemptsReviewed;
  }

  String sealedReason() {
    return reason;
  }

  String keyId() {
    return keyId;
  }
}
