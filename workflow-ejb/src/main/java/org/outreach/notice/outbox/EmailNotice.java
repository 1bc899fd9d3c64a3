package org.outreach.notice.outbox;

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
import org.outreach.cases.NoticeChannel;
import org.outreach.mail.outbox.OutboxView;

/**
 * One email notice of a case: which channel, which approved text in which language. Its message,
 * with the text and its way through the tries, is the outbox's row of the same id; neither holds an
 * address.
 */
@Entity
@Table(name = "email_notice")
@NamedQuery(
    name = "EmailNotice.findByCase",
    query = "SELECT e FROM EmailNotice e WHERE e.caseId = :caseId ORDER BY e.createdAt, e.id")
@NamedQuery(
    name = "EmailNotice.findByIds",
    query = "SELECT e FROM EmailNotice e WHERE e.id IN :ids")
class EmailNotice {

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

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected EmailNotice() {}

  EmailNotice(
      UUID id,
      UUID caseId,
      NoticeChannel channel,
      UUID templateVersionId,
      String language,
      OffsetDateTime now) {
    this.id = Objects.requireNonNull(id, "id");
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.templateVersionId = Objects.requireNonNull(templateVersionId, "templateVersionId");
    this.language = Objects.requireNonNull(language, "language");
    this.createdAt = now;
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

  EmailView view(OutboxView message) {
    return new EmailView(
        id,
        caseId,
        channel,
        templateVersionId,
        language,
        message.messageId(),
        message.status(),
        message.attempts(),
        message.repeats(),
        message.createdAt(),
        message.nextAttemptAt(),
        message.sentAt(),
        message.failedAt(),
        message.lastFailure());
  }
}
