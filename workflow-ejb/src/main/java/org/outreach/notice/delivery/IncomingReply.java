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
 * A reply or acknowledgment from the person, recorded on their case; written once. Only a key
 * rotation re-seals the note, which is sealed by {@link FieldCipher} and bound to this row's id.
 */
@Entity
@Table(name = "incoming_reply")
@NamedQuery(
    name = "IncomingReply.countByMailMessageId",
    query = "SELECT COUNT(r) FROM IncomingReply r WHERE r.mailMessageId = :mailMessageId")
@NamedQuery(
    name = "IncomingReply.idsNotUnderKey",
    query =
        "SELECT r.id FROM IncomingReply r WHERE r.keyId IS NOT NULL AND r.keyId <> :keyId"
            + " ORDER BY r.id")
class IncomingReply implements SealedRecord {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 32)
  private ReplyChannel channel;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Column(name = "acknowledges_notice", nullable = false, updatable = false)
  private boolean acknowledgesNotice;

  @Column(name = "reached_process", nullable = false, updatable = false)
  private boolean reachedProcess;

  @Column(length = 12000)
  private String note;

  @Column(name = "key_id", length = 16)
  private String keyId;

  @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  /** The Message-ID of a reply read from the outreach mailbox; none for one typed in. */
  @Column(name = "mail_message_id", updatable = false, length = 255)
  private String mailMessageId;

  protected IncomingReply() {}

  /** A reply whose note is already sealed for {@link #noteData(UUID)} of {@code id}, or none. */
  IncomingReply(
      UUID id,
      UUID caseId,
      NewReply reply,
      boolean reachedProcess,
      String sealedNote,
      String recordedBy,
      OffsetDateTime recordedAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.channel = Objects.requireNonNull(reply.channel(), "channel");
    this.receivedAt = Objects.requireNonNull(reply.receivedAt(), "receivedAt");
    this.acknowledgesNotice = reply.acknowledgesNotice();
    this.reachedProcess = reachedProcess;
    this.note = sealedNote;
    this.keyId = sealedNote == null ? null : FieldCipher.keyIdOf(sealedNote);
    this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** A reply read from the outreach mailbox, known by its own Message-ID; no note. */
  static IncomingReply fromMailbox(
      UUID id,
      UUID caseId,
      OffsetDateTime receivedAt,
      boolean reachedProcess,
      String mailMessageId,
      OffsetDateTime recordedAt) {
    IncomingReply reply =
        new IncomingReply(
            id,
            caseId,
            new NewReply(ReplyChannel.EMAIL, receivedAt, true, null),
            reachedProcess,
            null,
            org.outreach.audit.AuditEvent.SYSTEM,
            recordedAt);
    reply.mailMessageId = Objects.requireNonNull(mailMessageId, "mailMessageId");
    return reply;
  }

  /**
   * An acknowledgment the person gave on the public notice page once it checked their reference and
   * date of birth; no note, recorded by {@code recordedBy} (the page's actor).
   */
  static IncomingReply fromNoticePage(
      UUID id, UUID caseId, boolean reachedProcess, String recordedBy, OffsetDateTime at) {
    return new IncomingReply(
        id,
        caseId,
        new NewReply(ReplyChannel.NOTICE_PAGE, at, true, null),
        reachedProcess,
        null,
        recordedBy,
        at);
  }

  /** What the note is bound to: {@code IncomingReply:note:<id>}. */
  static String noteData(UUID id) {
    return FieldCipher.associatedData("IncomingReply", "note", id.toString());
  }

  /** The note under the current key of {@code cipher}; whether it changed. */
  @Override
  public boolean reseal(FieldCipher cipher) {
    boolean stale = cipher.needsReEncryption(note);
    if (stale) {
      note = cipher.reEncrypt(note, noteData(id));
    }
    keyId = note == null ? null : FieldCipher.keyIdOf(note);
    return stale;
  }

  @Override
  public UUID caseId() {
    return caseId;
  }

  /** The reply on the case's timeline, the note opened by {@code cipher}. */
  TimelineEntry timeline(FieldCipher cipher) {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("replyChannel", "reply.channel." + channel.name()));
    if (acknowledgesNotice) {
      facts.add(Fact.key("acknowledged", "timeline.yes"));
    }
    String opened = cipher.decrypt(note, noteData(id));
    if (opened != null) {
      facts.add(Fact.value("note", opened));
    }
    return new TimelineEntry(receivedAt, "notice.reply", recordedBy, facts);
  }
}
