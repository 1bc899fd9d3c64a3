package org.outreach.notice.delivery;

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
 * One notice asked of a partner organisation for a case's task. Written once; only a key rotation
 * re-seals the partner's name, which is sealed by {@link FieldCipher} and bound to this row's id.
 */
@Entity
@Table(name = "partner_notice")
@NamedQuery(
    name = "PartnerNotice.idsNotUnderKey",
    query = "SELECT n.id FROM PartnerNotice n WHERE n.keyId <> :keyId ORDER BY n.id")
class PartnerNotice implements SealedRecord {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private PartnerOutcome outcome;

  @Column(nullable = false, length = 4000)
  private String partner;

  @Column(name = "asked_on", nullable = false, updatable = false)
  private LocalDate askedOn;

  @Column(name = "confirmed_on", updatable = false)
  private LocalDate confirmedOn;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected PartnerNotice() {}

  /** A notice whose partner is already sealed for {@link #partnerData(UUID)} of {@code id}. */
  PartnerNotice(
      UUID id,
      UUID caseId,
      String taskId,
      NewPartnerNotice notice,
      String sealedPartner,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.outcome = Objects.requireNonNull(notice.outcome(), "outcome");
    this.partner = Objects.requireNonNull(sealedPartner, "sealedPartner");
    this.askedOn = Objects.requireNonNull(notice.askedOn(), "askedOn");
    this.confirmedOn = notice.confirmedOn();
    this.keyId = FieldCipher.keyIdOf(sealedPartner);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** What the partner's name is bound to: {@code PartnerNotice:partner:<id>}. */
  static String partnerData(UUID id) {
    return FieldCipher.associatedData("PartnerNotice", "partner", id.toString());
  }

  /** The partner's name under the current key of {@code cipher}; whether it changed. */
  @Override
  public boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(partner);
    if (stale) {
      partner = cipher.reEncrypt(partner, partnerData(id));
    }
    keyId = FieldCipher.keyIdOf(partner);
    return stale;
  }

  UUID id() {
    return id;
  }

  @Override
  public UUID caseId() {
    return caseId;
  }

  String keyId() {
    return keyId;
  }

  /** The partner's name, opened by {@code cipher}. */
  String partner(FieldCipher cipher) {
    return cipher.decrypt(partner, partnerData(id));
  }

  /** The request to the partner on the case's timeline, the partner opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("outcome", "partnerNotice.outcome." + outcome.name()));
    facts.add(Fact.value("partner", partner(cipher)));
    facts.add(Fact.day("askedOn", askedOn));
    if (confirmedOn != null) {
      facts.add(Fact.day("confirmedOn", confirmedOn));
    }
    return new TimelineEntry(recordedAt, "notice.partner", recordedBy, facts);
  }
}
