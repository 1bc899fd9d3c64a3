package org.outreach.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A bulk start running on one server: which, since when, and when it last said it was alive. */
@Entity
@Table(name = "import_start_run")
class ImportStartRun {

  @Id
  @Column(name = "import_id")
  private UUID importId;

  @Column(nullable = false, length = 200)
  private String node;

  @Column(name = "began_at", nullable = false)
  private OffsetDateTime beganAt;

  @Column(name = "alive_at", nullable = false)
  private OffsetDateTime aliveAt;

  protected ImportStartRun() {}

  ImportStartRun(UUID importId, String node, OffsetDateTime now) {
    this.importId = Objects.requireNonNull(importId, "importId");
    this.node = Objects.requireNonNull(node, "node");
    this.beganAt = Objects.requireNonNull(now, "now");
    this.aliveAt = now;
  }

  String node() {
    return node;
  }

  /** Whether the run said it was alive at or after the given time. */
  boolean aliveSince(OffsetDateTime since) {
    return !aliveAt.isBefore(since);
  }
}
