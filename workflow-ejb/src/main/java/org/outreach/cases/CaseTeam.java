package org.outreach.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A team that has or had a task on a case. Never removed: access follows the history. */
@Entity
@Table(name = "case_team")
class CaseTeam {

  /** The key: one row per case and team. */
  @Embeddable
  record Key(
      @Column(name = "case_id", nullable = false, updatable = false) UUID caseId,
      @Column(nullable = false, updatable = false, length = 64) String team)
      implements Serializable {

    Key {
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(team, "team");
    }
  }

  @EmbeddedId private Key key;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime since;

  protected CaseTeam() {}

  CaseTeam(Key key, OffsetDateTime since) {
    this.key = Objects.requireNonNull(key, "key");
    this.since = Objects.requireNonNull(since, "since");
  }
}
