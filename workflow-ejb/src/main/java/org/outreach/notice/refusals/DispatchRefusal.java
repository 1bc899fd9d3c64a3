package org.outreach.notice.refusals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.NoticeChannel;
import org.outreach.cases.TimelineEntry;
import org.outreach.cases.TimelineEntry.Fact;
import org.outreach.recipients.RecipientClass;

/**
 * One notice the server would not send: its address reaches a government or a consulate. Names the
 * notice (an email of the outbox or a letter) and the class of its recipient, never the address.
 */
@Entity
@Table(name = "dispatch_refusal")
@NamedQuery(
    name = "DispatchRefusal.findByCase",
    query = "SELECT r FROM DispatchRefusal r WHERE r.caseId = :caseId ORDER BY r.refusedAt, r.id")
@NamedQuery(
    name = "DispatchRefusal.findByNotice",
    query = "SELECT r FROM DispatchRefusal r WHERE r.noticeId = :noticeId")
class DispatchRefusal {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private NoticeChannel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_class", nullable = false, updatable = false, length = 24)
  private RecipientClass recipientClass;

  @Column(name = "notice_id", nullable = false, updatable = false)
  private UUID noticeId;

  @Column(name = "refused_at", nullable = false, updatable = false)
  private OffsetDateTime refusedAt;

  protected DispatchRefusal() {}

  DispatchRefusal(
      UUID caseId,
      NoticeChannel channel,
      RecipientClass recipientClass,
      UUID noticeId,
      OffsetDateTime refusedAt) {
    if (!recipientClass.isOfficial()) {
      throw new IllegalArgumentException("only a government or a consulate is refused");
    }
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.recipientClass = recipientClass;
    this.noticeId = Objects.requireNonNull(noticeId, "noticeId");
    this.refusedAt = Objects.requireNonNull(refusedAt, "refusedAt");
  }

  RefusalView view() {
    return new RefusalView(id, caseId, channel, recipientClass, noticeId, refusedAt.toInstant());
  }

  TimelineEntry timeline() {
    return new TimelineEntry(
        refusedAt,
        "notice.refused",
        AuditEvent.SYSTEM,
        List.of(
            Fact.key("channel", "channel." + channel.name()),
            Fact.key("recipient", "recipient." + recipientClass.name())));
  }
}
