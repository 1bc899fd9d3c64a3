package org.outreach.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.privacy.FieldCipher;

/**
 * The decision of one custody review task. Written once; only a key rotation re-seals its grounds,
 * which are sealed by {@link FieldCipher} and bound to this row's id; the key id beside them says
 * which key they are under.
 */
@Entity
@Table(name = "custody_review")
@NamedQuery(
    name = "CustodyReview.idsNotUnderKey",
    query = "SELECT r.id FROM CustodyReview r WHERE r.keyId <> :keyId ORDER BY r.id")
class CustodyReview {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private CustodyDecision decision;

  @Column(name = "decided_on", nullable = false, updatable = false)
  private LocalDate decidedOn;

  @Column(nullable = false, length = 12000)
  private String grounds;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected CustodyReview() {}

  /** A review whose grounds are already sealed for {@link #groundsData(UUID)} of {@code id}. */
  CustodyReview(
      UUID id,
      UUID caseId,
      String taskId,
      NewCustodyReview review,
      String sealedGrounds,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.decision = Objects.requireNonNull(review.decision(), "decision");
    this.decidedOn = Objects.requireNonNull(review.decidedOn(), "decidedOn");
    this.grounds = Objects.requireNonNull(sealedGrounds, "sealedGrounds");
    this.keyId = FieldCipher.keyIdOf(sealedGrounds);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** What the grounds are bound to: {@code CustodyReview:grounds:<id>}. */
  static String groundsData(UUID id) {
    return FieldCipher.associatedData("CustodyReview", "grounds", id.toString());
  }

  /** The grounds under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(grounds);
    if (stale) {
      grounds = cipher.reEncrypt(grounds, groundsData(id));
    }
    keyId = FieldCipher.keyIdOf(grounds);
    return stale;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  String keyId() {
    return keyId;
  }

  /** The grounds, opened by {@code cipher}. */
  String grounds(FieldCipher cipher) {
    return cipher.decrypt(grounds, groundsData(id));
  }

  /** The review on the case's timeline, the grounds opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("decision", "custodyReview.decision." + decision.name()));
    facts.add(Fact.day("decidedOn", decidedOn));
    facts.add(Fact.value("grounds", grounds(cipher)));
    return new TimelineEntry(recordedAt, "custody.review", recordedBy, facts);
  }
}
