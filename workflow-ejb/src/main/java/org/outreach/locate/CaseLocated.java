package org.outreach.locate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The first time the case's locate process concluded that its person can be reached (the registry
 * knew a safe way, they are detained at a known facility, or a caseworker's search found them):
 * written once per case by {@link Whereabouts#lookup}, never changed. Ids and a time only.
 */
@Entity
@Table(name = "case_located")
class CaseLocated {

  @Id
  @Column(name = "case_id", updatable = false)
  private UUID caseId;

  @Column(name = "located_at", nullable = false, updatable = false)
  private OffsetDateTime locatedAt;

  protected CaseLocated() {}

  CaseLocated(UUID caseId, OffsetDateTime locatedAt) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.locatedAt = Objects.requireNonNull(locatedAt, "locatedAt");
  }
}
