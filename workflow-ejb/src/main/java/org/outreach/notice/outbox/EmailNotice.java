package org.outreach.notice.outbox;

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
import org.outreach.audit.AuditEvent;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.notice.templates.RenderedText;

/**
 * One email notice in the outbox: the neutral text as it goes out, the Message-ID every try sends,
 * and its way through the tries. Holds no address.
 */
@Entity
@Table(name = "email_notice")
@NamedQuery(
    name = "EmailNotice.findDue",
    query =
        "SELECT e.id FROM EmailNotice e WHERE e.status = org.outreach.notice.outbox.EmailStatus.CREATED"
            + " AND e.nextAttemptAt <= :now ORDER BY e.nextAttemptAt, e.id")
@NamedQuery(
    name = "EmailNotice.findInterrupted",
    query =
        "SELECT e FROM EmailNotice e WHERE e.status = org.outreach.notice.outbox.EmailStatus.SENDING"
            + " AND e.claimedAt < :before")
@NamedQuery(
    name = "EmailNotice.countTriedSince",
    query = "SELECT COUNT(e) FROM EmailNotice e WHERE e.claimedAt >= :since")
@NamedQuery(
    name = "EmailNotice.claim",
    query =
        "UPDATE EmailNotice e SET e.status = org.outreach.notice.outbox.EmailStatus.SENDING,"
            + " e.claimedAt = :now, e.attempts = e.attempts + 1 WHERE e.id = :id"
            + " AND e.status = org.outreach.notice.outbox.EmailStatus.CREATED")
@NamedQuery(
    name = "EmailNotice.findByMessageId",
    query = "SELECT e FROM EmailNotice e WHERE e.messageId = :messageId")
@NamedQuery(
    name = "EmailNotice.findByCase",
    query = "SELECT e FROM EmailNotice e WHERE e.caseId = :caseId ORDER BY e.createdAt, e.id")
class EmailNotice {

  private static final java.util.regex.Pattern OUTBOX_MESSAGE_ID =
      java.util.regex.Pattern.compile(
          "<[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.notice@[^<>\\s]+>");

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private NoticeChannel channel;

  @Column(name = "template_version_id", nullable = false, updatable = false)
  private UUID templateVersionId;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

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

  protected EmailNotice() {}

  EmailNotice(
      UUID caseId,
      NoticeChannel channel,
      RenderedText text,
      String messageDomain,
      OffsetDateTime now) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.templateVersionId = text.templateVersionId();
    this.language = text.language().code();
    this.subject = text.subject();
    this.body = text.body();
    this.contentSha256 = text.sha256();
    this.messageId = "<" + id + ".notice@" + messageDomain + ">";
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

  UUID caseId() {
    return caseId;
  }

  NoticeChannel channel() {
    return channel;
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

  EmailStatus status() {
    return status;
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
   * @return whether that changed it: a notice failed or bounced already stays as it is
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

  TimelineEntry timeline() {
    List<Fact> facts = new ArrayList<>();
    facts.add(Fact.key("channel", "channel." + channel.name()));
    facts.add(Fact.key("emailStatus", "email.status." + status.name()));
    facts.add(Fact.value("tries", String.valueOf(attempts)));
    if (sentAt != null) {
      facts.add(Fact.moment("sentAt", sentAt));
    }
    if (lastFailure != null) {
      facts.add(Fact.value("failure", lastFailure));
    }
    if (repeats > 0) {
      facts.add(Fact.value("repeats", String.valueOf(repeats)));
    }
    return new TimelineEntry(createdAt, "notice.email", AuditEvent.SYSTEM, facts);
  }

  EmailView view() {
    return new EmailView(
        id,
        caseId,
        channel,
        templateVersionId,
        language,
        messageId,
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
