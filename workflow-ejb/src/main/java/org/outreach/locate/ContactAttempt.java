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
import org.outreach.registry.ContactKind;

/**
 * One contact attempt on a case, or the conclusion of a search. Written once; only a key rotation
 * re-seals its values. The note and the contact point a search ended with are sealed by {@link
 * FieldCipher} and bound to this row's id; the key id beside them says which key they are under.
 */
@Entity
@Table(name = "contact_attempt")
@NamedQuery(
    name = "ContactAttempt.findByCase",
    query =
        "SELECT a FROM ContactAttempt a WHERE a.caseId = :caseId"
            + " ORDER BY a.attemptedAt, a.recordedAt, a.id")
@NamedQuery(
    name = "ContactAttempt.countAttemptsOfTask",
    query =
        "SELECT COUNT(a) FROM ContactAttempt a WHERE a.taskId = :taskId AND a.conclusion IS NULL")
@NamedQuery(
    name = "ContactAttempt.countAttemptsOfCase",
    query =
        "SELECT COUNT(a) FROM ContactAttempt a WHERE a.caseId = :caseId AND a.conclusion IS NULL")
@NamedQuery(
    name = "ContactAttempt.idsNotUnderKey",
    query =
        "SELECT a.id FROM ContactAttempt a WHERE a.keyId IS NOT NULL AND a.keyId <> :keyId"
            + " ORDER BY a.id")
@NamedQuery(
    name = "ContactAttempt.conclusionsOfCase",
    query =
        "SELECT a FROM ContactAttempt a WHERE a.caseId = :caseId AND a.conclusion IS NOT NULL"
            + " ORDER BY a.recordedAt DESC, a.id")
class ContactAttempt {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 16)
  private Conclusion conclusion;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 32)
  private ContactChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 32)
  private ContactResult result;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private OffsetDateTime attemptedAt;

  @Column(length = 12000)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(name = "contact_kind", updatable = false, length = 32)
  private ContactKind contactKind;

  @Column(name = "contact_value", length = 4000)
  private String contactValue;

  @Column(name = "key_id", length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected ContactAttempt() {}

  private ContactAttempt(
      UUID id, UUID caseId, String taskId, String recordedBy, OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** An attempt whose note is already sealed for {@link #noteData(UUID)} of {@code id}. */
  static ContactAttempt attempt(
      UUID id,
      UUID caseId,
      String taskId,
      NewAttempt attempt,
      String sealedNote,
      String recordedBy,
      OffsetDateTime recordedAt) {
    ContactAttempt row = new ContactAttempt(id, caseId, taskId, recordedBy, recordedAt);
    row.channel = Objects.requireNonNull(attempt.channel(), "channel");
    row.result = Objects.requireNonNull(attempt.result(), "result");
    row.attemptedAt = Objects.requireNonNull(attempt.attemptedAt(), "attemptedAt");
    row.note = sealedNote;
    row.keyId = sealedNote == null ? null : FieldCipher.keyIdOf(sealedNote);
    return row;
  }

  /**
   * A search that found the person, reachable through a contact point of {@code kind} whose value
   * is already sealed for {@link #contactValueData(UUID)} of {@code id}.
   */
  static ContactAttempt found(
      UUID id,
      UUID caseId,
      String taskId,
      ContactKind kind,
      String sealedContactValue,
      String recordedBy,
      OffsetDateTime recordedAt) {
    ContactAttempt row = new ContactAttempt(id, caseId, taskId, recordedBy, recordedAt);
    row.conclusion = Conclusion.FOUND;
    row.contactKind = Objects.requireNonNull(kind, "kind");
    row.contactValue = Objects.requireNonNull(sealedContactValue, "sealedContactValue");
    row.keyId = FieldCipher.keyIdOf(sealedContactValue);
    row.channel = ContactChannel.of(kind);
    row.result = ContactResult.REACHED;
    row.attemptedAt = recordedAt;
    return row;
  }

  /** A search that ended without finding the person. */
  static ContactAttempt notFound(
      UUID id, UUID caseId, String taskId, String recordedBy, OffsetDateTime recordedAt) {
    ContactAttempt row = new ContactAttempt(id, caseId, taskId, recordedBy, recordedAt);
    row.conclusion = Conclusion.NOT_FOUND;
    row.attemptedAt = recordedAt;
    return row;
  }

  /** What the note is bound to: {@code ContactAttempt:note:<id>}. */
  static String noteData(UUID id) {
    return FieldCipher.associatedData("ContactAttempt", "note", id.toString());
  }

  /** What the contact point is bound to: {@code ContactAttempt:contactValue:<id>}. */
  static String contactValueData(UUID id) {
    return FieldCipher.associatedData("ContactAttempt", "contactValue", id.toString());
  }

  /**
   * The row as a page shows it, the sealed values opened by {@code cipher}, the recorder named by
   * {@code names} (username to display name).
   */
  AttemptView view(FieldCipher cipher, UnaryOperator<String> names) {
    return new AttemptView(
        id,
        caseId,
        taskId,
        conclusion,
        channel,
        attemptedAt,
        result,
        cipher.decrypt(note, noteData(id)),
        contactKind,
        cipher.decrypt(contactValue, contactValueData(id)),
        names.apply(recordedBy),
        recordedAt);
  }

  /** The sealed values under the current key of {@code cipher}; whether anything changed. */
  boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(note) || cipher.needsReEncryption(contactValue);
    if (stale) {
      note = cipher.reEncrypt(note, noteData(id));
      contactValue = cipher.reEncrypt(contactValue, contactValueData(id));
    }
    String sealed = note != null ? note : contactValue;
    keyId = sealed == null ? null : FieldCipher.keyIdOf(sealed);
    return stale;
  }

  UUID id() {
    return id;
  }

  UUID caseId() {
    return caseId;
  }

  Conclusion conclusion() {
    return conclusion;
  }

  ContactKind contactKind() {
    return contactKind;
  }

  boolean holdsSealedValues() {
    return note != null || contactValue != null;
  }
}
