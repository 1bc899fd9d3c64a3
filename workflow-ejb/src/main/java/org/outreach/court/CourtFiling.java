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
import org.outreach.privacy.FieldCipher;

/**
 * The notice filed with the immigration court for a case's task, and the document holding the
 * filing (stored, sealed, by the case-documents capability). Written once; only a key rotation
 * re-seals its values. The court and the confirmation number are sealed by {@link FieldCipher} and
 * bound to this row's id: either finds the person's case at the court, which says they sought
 * protection.
 */
@Entity
@Table(name = "court_filing")
@NamedQuery(
    name = "CourtFiling.idsNotUnderKey",
    query = "SELECT f.id FROM CourtFiling f WHERE f.keyId <> :keyId ORDER BY f.id")
class CourtFiling {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Column(nullable = false, length = 4000)
  private String court;

  @Column(name = "filed_on", nullable = false, updatable = false)
  private LocalDate filedOn;

  @Column(name = "confirmation_number", nullable = false, length = 4000)
  private String confirmationNumber;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected CourtFiling() {}

  /**
   * A filing whose court and confirmation number are already sealed for {@link #courtData(UUID)}
   * and {@link #confirmationData(UUID)} of {@code id}.
   */
  CourtFiling(
      UUID id,
      UUID caseId,
      String taskId,
      LocalDate filedOn,
      String sealedCourt,
      String sealedConfirmationNumber,
      UUID documentId,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.filedOn = Objects.requireNonNull(filedOn, "filedOn");
    this.court = Objects.requireNonNull(sealedCourt, "sealedCourt");
    this.confirmationNumber =
        Objects.requireNonNull(sealedConfirmationNumber, "sealedConfirmationNumber");
    this.documentId = Objects.requireNonNull(documentId, "documentId");
    this.keyId = FieldCipher.keyIdOf(sealedCourt);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** What the court is bound to: {@code CourtFiling:court:<id>}. */
  static String courtData(UUID id) {
    return FieldCipher.associatedData("CourtFiling", "court", id.toString());
  }

  /** What the confirmation number is bound to: {@code CourtFiling:confirmationNumber:<id>}. */
  static String confirmationData(UUID id) {
    return FieldCipher.associatedData("CourtFiling", "confirmationNumber", id.toString());
  }

  /** The sealed values under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(court) || cipher.needsReEncryption(confirmationNumber);
    if (stale) {
      court = cipher.reEncrypt(court, courtData(id));
      confirmationNumber = cipher.reEncrypt(confirmationNumber, confirmationData(id));
    }
    keyId = FieldCipher.keyIdOf(court);
    return stale;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  UUID documentId() {
    return documentId;
  }

  String keyId() {
    return keyId;
  }

  /** The court, opened by {@code cipher}. */
  String court(FieldCipher cipher) {
    return cipher.decrypt(court, courtData(id));
  }

  /** The confirmation number, opened by {@code cipher}. */
  String confirmationNumber(FieldCipher cipher) {
    return cipher.decrypt(confirmationNumber, confirmationData(id));
  }

  /** The filing on the case's timeline, court and confirmation opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    return new TimelineEntry(
        recordedAt,
        "court.filing",
        recordedBy,
        List.of(
            Fact.value("court", court(cipher)),
            Fact.day("filedOn", filedOn),
            Fact.value("confirmation", confirmationNumber(cipher))));
  }
}
