package org.outreach.mail.outbox;

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
import java.util.regex.Pattern;

/**
 * One message in the outbox: the text as it goes out, the Message-ID every try sends, and its way
 * through the tries. Holds no address: its owner gives it when the message is tried.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = "OutboxMessage.findDue",
    query =
        "SELECT m.id, m.purpose FROM OutboxMessage m"
            + " WHERE m.status = org.outreach.mail.outbox.EmailStatus.CREATED"
            + " AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(
    name = "OutboxMessage.findInterrupted",
    query =
        "SELECT m FROM OutboxMessage m WHERE m.status = org.outreach.mail.outbox.EmailStatus.SENDING"
            + " AND m.claimedAt < :before")
@NamedQuery(
    name = "OutboxMessage.countTriedSince",
    query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.claimedAt >= :since")
@NamedQuery(
    name = "OutboxMessage.claim",
    query =
        "UPDATE OutboxMessage m SET m.status = org.outreach.mail.outbox.EmailStatus.SENDING,"
            + " m.claimedAt = :now, m.attempts = m.attempts + 1 WHERE m.id = :id"
            + " AND m.status = org.outreach.mail.outbox.EmailStatus.CREATED")
@NamedQuery(
    name = "OutboxMessage.release",
    query =
        "UPDATE OutboxMessage m SET m.status = org.outreach.mail.outbox.EmailStatus.CREATED,"
            + " m.nextAttemptAt = :now, m.attempts = m.attempts - 1 WHERE m.id IN :ids"
            + " AND m.status = org.outreach.mail.outbox.EmailStatus.SENDING")
@NamedQuery(
    name = "OutboxMessage.findByMessageId",
    query = "SELECT m FROM OutboxMessage m WHERE m.messageId = :messageId")
@NamedQuery(
    name = "OutboxMessage.findByIds",
    query = "SELECT m FROM OutboxMessage m WHERE m.id IN :ids")
class OutboxMessage {

  private static final Pattern OUTBOX_MESSAGE_ID =
      Pattern.compile("<[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.(notice|staff)@[^<>\\s]+>");

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private MailPurpose purpose;

  /** For staff mail, which team's address (a {@link StaffRecipient}); none for a notice. */
  @Column(updatable = false, length = 32)
  private String recipient;

  @Column(nullable = false, updatable = false, length = 400)
  private String subject;

  @Column(nullable = false, updatable = false, length = 8000)
  private String body;

  @Column(name = "content_sha256", nullable = false, updatable = false, length = 64)
  private String contentSha256;

  @Column(name = "message_id", nullable = false, updatable = false)
  private String messageId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EmailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(nullable = false)
  private int repeats;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "claimed_at")
  private OffsetDateTime claimedAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  @Column(name = "failed_at")
  private OffsetDateTime failedAt;

  @Column(name = "last_failure", length = 64)
  private String lastFailure;

  protected OutboxMessage() {}

  OutboxMessage(
      MailPurpose purpose,
      String recipient,
      OutgoingText text,
      String messageDomain,
      OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.purpose = Objects.requireNonNull(purpose, "purpose");
    this.recipient = recipient;
    this.subject = text.subject();
    this.body = text.body();
    this.contentSha256 = text.sha256();
    this.messageId = "<" + id + "." + purpose.idWord() + "@" + messageDomain + ">";
    if (!isOutboxMessageId(messageId)) {
      throw new IllegalArgumentException("messageDomain: not a domain");
    }
    this.status = EmailStatus.CREATED;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Whether a Message-ID is of the outbox's making. */
  static boolean isOutboxMessageId(String messageId) {
    return messageId != null && OUTBOX_MESSAGE_ID.matcher(messageId).matches();
  }

  UUID id() {
    return id;
  }

  MailPurpose purpose() {
    return purpose;
  }

  String recipient() {
    return recipient;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  String messageId() {
    return messageId;
  }

  int attempts() {
    return attempts;
  }

  void sent(OffsetDateTime at) {
    status = EmailStatus.SENT;
    sentAt = at;
    lastFailure = null;
  }

  void retryAt(OffsetDateTime at, String failure) {
    status = EmailStatus.CREATED;
    nextAttemptAt = at;
    lastFailure = failure;
  }

  void failed(OffsetDateTime at, String failure) {
    status = EmailStatus.FAILED;
    failedAt = at;
    lastFailure = failure;
  }

  /**
   * A delivery status notification reported it undeliverable.
   *
   * @return whether that changed it: a message failed or bounced already stays as it is
   */
  boolean bounced(OffsetDateTime at, String status) {
    if (this.status == EmailStatus.FAILED || this.status == EmailStatus.BOUNCED) {
      return false;
    }
    this.status = EmailStatus.BOUNCED;
    failedAt = at;
    lastFailure = "BOUNCED_" + status;
    return true;
  }

  /** Its last try was interrupted before the relay's answer was recorded: try again now. */
  void interrupted(OffsetDateTime now) {
    status = EmailStatus.CREATED;
    nextAttemptAt = now;
    repeats++;
    lastFailure = "INTERRUPTED";
  }

  OutboxView view() {
    return new OutboxView(
        id,
        purpose,
        messageId,
        contentSha256,
        status,
        attempts,
        repeats,
        createdAt.toInstant(),
        nextAttemptAt.toInstant(),
        sentAt == null ? null : sentAt.toInstant(),
        failedAt == null ? null : failedAt.toInstant(),
        lastFailure);
  }
}
