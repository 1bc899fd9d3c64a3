package org.outreach.court;

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
 * One consultation record for a case's task: the consultation offered (with the person's answer) or
 * scheduled. Written once; only a key rotation re-seals its values. Counsel's name and
 * organisation, the address and the note are sealed by {@link FieldCipher} and bound to this row's
 * id; the key id beside them says which key they are under.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(
    name = "Consultation.scheduledOfCase",
    query =
        "SELECT c FROM Consultation c WHERE c.caseId = :caseId"
            + " AND c.step = org.outreach.court.ConsultationStep.SCHEDULED"
            + " ORDER BY c.recordedAt DESC, c.id")
@NamedQuery(
    name = "Consultation.idsNotUnderKey",
    query = "SELECT c.id FROM Consultation c WHERE c.keyId <> :keyId ORDER BY c.id")
class Consultation {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private ConsultationStep step;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 16)
  private ConsultationOutcome outcome;

  @Column(name = "offered_on", updatable = false)
  private LocalDate offeredOn;

  @Column(name = "scheduled_at", updatable = false)
  private OffsetDateTime scheduledAt;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 16)
  private ConsultationPlace place;

  @Column(name = "counsel_name", nullable = false, length = 4000)
  private String counselName;

  @Column(name = "counsel_organisation", nullable = false, length = 4000)
  private String counselOrganisation;

  @Column(length = 4000)
  private String address;

  @Column(length = 12000)
  private String note;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected Consultation() {}

  /** The values sealed for this row's id, as {@link #seal} seals them. */
  record Sealed(String counselName, String counselOrganisation, String address, String note) {}

  /** A consultation offered; its values already sealed for {@code id}. */
  static Consultation offered(
      UUID id,
      UUID caseId,
      String taskId,
      NewConsultationOffer offer,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    Consultation row = new Consultation(id, caseId, taskId, sealed, recordedBy, recordedAt);
    row.step = ConsultationStep.OFFERED;
    row.offeredOn = Objects.requireNonNull(offer.offeredOn(), "offeredOn");
    row.outcome = Objects.requireNonNull(offer.outcome(), "outcome");
    return row;
  }

  /** A consultation scheduled; its values already sealed for {@code id}. */
  static Consultation scheduled(
      UUID id,
      UUID caseId,
      String taskId,
      NewConsultationSchedule schedule,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    Consultation row = new Consultation(id, caseId, taskId, sealed, recordedBy, recordedAt);
    row.step = ConsultationStep.SCHEDULED;
    row.scheduledAt = Objects.requireNonNull(schedule.scheduledAt(), "scheduledAt");
    row.place = Objects.requireNonNull(schedule.place(), "place");
    return row;
  }

  private Consultation(
      UUID id,
      UUID caseId,
      String taskId,
      Sealed sealed,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.counselName = Objects.requireNonNull(sealed.counselName(), "counselName");
    this.counselOrganisation =
        Objects.requireNonNull(sealed.counselOrganisation(), "counselOrganisation");
    this.address = sealed.address();
    this.note = sealed.note();
    this.keyId = FieldCipher.keyIdOf(counselName);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** Seals the values of a new row with id {@code id}, each bound to its column. */
  static Sealed seal(
      FieldCipher cipher,
      UUID id,
      String counselName,
      String counselOrganisation,
      String address,
      String note) {
    return new Sealed(
        cipher.encrypt(counselName, data("counselName", id)),
        cipher.encrypt(counselOrganisation, data("counselOrganisation", id)),
        cipher.encrypt(address, data("address", id)),
        cipher.encrypt(note, data("note", id)));
  }

  /** What a value is bound to: {@code Consultation:<column>:<id>}. */
  static String data(String column, UUID id) {
    return FieldCipher.associatedData("Consultation", column, id.toString());
  }

  /** The sealed values under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale =
        cipher.needsReEncryption(counselName)
            || cipher.needsReEncryption(counselOrganisation)
            || cipher.needsReEncryption(address)
            || cipher.needsReEncryption(note);
    if (stale) {
      counselName = cipher.reEncrypt(counselName, data("counselName", id));
      counselOrganisation = cipher.reEncrypt(counselOrganisation, data("counselOrganisation", id));
      address = cipher.reEncrypt(address, data("address", id));
      note = cipher.reEncrypt(note, data("note", id));
    }
    keyId = FieldCipher.keyIdOf(counselName);
    return stale;
  }

  UUID id() {
    return id;
  }

  OffsetDateTime scheduledAt() {
    return scheduledAt;
  }

  UUID caseId() {
    return caseId;
  }

  String keyId() {
    return keyId;
  }

  /** Counsel's name, opened by {@code cipher}. */
  String counselName(FieldCipher cipher) {
    return cipher.decrypt(counselName, data("counselName", id));
  }

  /** Counsel's organisation, opened by {@code cipher}. */
  String counselOrganisation(FieldCipher cipher) {
    return cipher.decrypt(counselOrganisation, data("counselOrganisation", id));
  }

  /** The address, opened by {@code cipher}; {@code null} for none. */
  String address(FieldCipher cipher) {
    return cipher.decrypt(address, data("address", id));
  }

  /** The note, opened by {@code cipher}; {@code null} for none. */
  String note(FieldCipher cipher) {
    return cipher.decrypt(note, data("note", id));
  }

  /** The consultation on the case's timeline, its sealed values opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.value("counsel", counselName(cipher) + ", " + counselOrganisation(cipher)));
    if (step == ConsultationStep.OFFERED) {
      if (outcome != null) {
        facts.add(Fact.key("outcome", "consultationOffer.outcome." + outcome.name()));
      }
      if (offeredOn != null) {
        facts.add(Fact.day("offeredOn", offeredOn));
      }
    } else {
      if (scheduledAt != null) {
        facts.add(Fact.moment("scheduledAt", scheduledAt));
      }
      if (place != null) {
        facts.add(Fact.key("place", "consultationSchedule.place." + place.name()));
      }
      String where = address(cipher);
      if (where != null && !where.isBlank()) {
        facts.add(Fact.value("address", where));
      }
    }
    String opened = note(cipher);
    if (opened != null && !opened.isBlank()) {
      facts.add(Fact.value("note", opened));
    }
    return new TimelineEntry(
        recordedAt,
        step == ConsultationStep.OFFERED
            ? "court.consultationOffered"
            : "court.consultationScheduled",
        recordedBy,
        facts);
  }
}
