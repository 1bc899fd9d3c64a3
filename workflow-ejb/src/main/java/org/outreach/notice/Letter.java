package org.outreach.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A notice letter for a case, in a language. Holds no address: the registry gives it when the
 * letter is printed, so the queue itself is not a list of where affected people live.
 */
@Entity
@Table(name = "letter")
@NamedQuery(
    name = "Letter.findByCase",
    query = "SELECT l FROM Letter l WHERE l.caseId = :caseId ORDER BY l.queuedAt, l.id")
class Letter {

  @Id private UUID id;

  @Column(name = "case_id", nullable = false, updatable = false)
  private UUID caseId;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private LetterStatus status;

  @Column(name = "queued_at", nullable = false, updatable = false)
  private OffsetDateTime queuedAt;

  @Version private long version;

  protected Letter() {}

  Letter(UUID caseId, String language, OffsetDateTime queuedAt) {
    this.id = UUID.randomUUID();
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.language = Objects.requireNonNull(language, "language");
    this.queuedAt = Objects.requireNonNull(queuedAt, "queuedAt");
    this.status = LetterStatus.QUEUED;
  }

  UUID id() {
    return id;
  }

  String language() {
    return language;
  }

  LetterStatus status() {
    return status;
  }
}
