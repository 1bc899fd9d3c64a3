package org.outreach.cases;

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

/** One thing that happened on a case, kept as evidence. Never changed once written. */
@Entity
@Table(name = "case_event")
@NamedQuery(
    name = "CaseEvent.findByCase",
    query = "SELECT e FROM CaseEvent e WHERE e.caseId = :caseId ORDER BY e.occurredAt, e.id")
public class CaseEvent {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 40)
  private CaseEventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false, length = 32)
  private NoticeChannel channel;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  protected CaseEvent() {}

  CaseEvent(UUID caseId, CaseEventKind kind, NoticeChannel channel, OffsetDateTime occurredAt) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.channel = channel;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
  }

  public UUID caseId() {
    return caseId;
  }

  public CaseEventKind kind() {
    return kind;
  }

  public NoticeChannel channel() {
    return channel;
  }

  public OffsetDateTime occurredAt() {
    return occurredAt;
  }
}
