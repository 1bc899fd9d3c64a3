package org.outreach.notice.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.privacy.FieldCipher;

/**
 * One call to the person recorded for a case's task. Written once; only a key rotation re-seals its
 * values. The number dialled and the note are sealed by {@link FieldCipher} and bound to this row's
 * id; the key id beside them says which key they are under.
 */
@Entity
@Table(name = "phone_call")
@NamedQuery(
    name = "PhoneCall.idsNotUnderKey",
    query = "SELECT c.id FROM PhoneCall c WHERE c.keyId <> :keyId ORDER BY c.id")
class PhoneCall implements SealedRecord {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(name = "task_id", nullable = false, updatable = false, length = 64)
  private String taskId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private CallOutcome outcome;

  @Column(name = "called_at", nullable = false, updatable = false)
  private OffsetDateTime calledAt;

  @Column(nullable = false, length = 4000)
  private String phone;

  @Column(updatable = false, length = 8)
  private String language;

  @Column(name = "notice_read", nullable = false, updatable = false)
  private boolean noticeRead;

  @Column(nullable = false, updatable = false)
  private boolean acknowledged;

  @Column(name = "call_back_at", updatable = false)
  private OffsetDateTime callBackAt;

  @Column(length = 12000)
  private String note;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected PhoneCall() {}

  /**
   * A call whose number and note are already sealed for {@link #phoneData(UUID)} and {@link
   * #noteData(UUID)} of {@code id}; the language as {@link CallRules#languageOf} keeps it.
   */
  PhoneCall(
      UUID id,
      UUID caseId,
      String taskId,
      NewPhoneCall call,
      String language,
      String sealedPhone,
      String sealedNote,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.taskId = Objects.requireNonNull(taskId, "taskId");
    this.outcome = Objects.requireNonNull(call.outcome(), "outcome");
    this.calledAt = Objects.requireNonNull(call.calledAt(), "calledAt");
    this.phone = Objects.requireNonNull(sealedPhone, "sealedPhone");
    this.language = language;
    this.noticeRead = call.noticeRead();
    this.acknowledged = call.acknowledged();
    this.callBackAt = call.callBackAt();
    this.note = sealedNote;
    this.keyId = FieldCipher.keyIdOf(sealedPhone);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** What the number is bound to: {@code PhoneCall:phone:<id>}. */
  static String phoneData(UUID id) {
    return FieldCipher.associatedData("PhoneCall", "phone", id.toString());
  }

  /** What the note is bound to: {@code PhoneCall:note:<id>}. */
  static String noteData(UUID id) {
    return FieldCipher.associatedData("PhoneCall", "note", id.toString());
  }

  @Override
  public boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(phone) || cipher.needsReEncryption(note);
    if (stale) {
      phone = cipher.reEncrypt(phone, phoneData(id));
      note = cipher.reEncrypt(note, noteData(id));
    }
    keyId = FieldCipher.keyIdOf(phone);
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

  /** The number as dialled, opened by {@code cipher}. */
  String phone(FieldCipher cipher) {
    return cipher.decrypt(phone, phoneData(id));
  }

  /** The note, opened by {@code cipher}; {@code null} for none. */
  String note(FieldCipher cipher) {
    return cipher.decrypt(note, noteData(id));
  }

  /** The call on the case's timeline, number and note opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("outcome", "call.outcome." + outcome.name()));
    facts.add(Fact.value("phone", phone(cipher)));
    if (language != null) {
      facts.add(Fact.value("language", language));
    }
    if (acknowledged) {
      facts.add(Fact.key("acknowledged", "timeline.yes"));
    }
    if (callBackAt != null) {
      facts.add(Fact.moment("callBackAt", callBackAt));
    }
    String opened = note(cipher);
    if (opened != null && !opened.isBlank()) {
      facts.add(Fact.value("note", opened));
    }
    return new TimelineEntry(calledAt, "notice.call", recordedBy, facts);
  }
}
