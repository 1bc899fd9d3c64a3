package org.outreach.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** When an administrator last asked every server to read its data keys again: one row. */
@Entity
@Table(name = "data_key_reload")
class KeyReloadRequest {

  static final int ONLY = 1;

  @Id private int id;

  /** How many reloads administrators have asked of every server. */
  @Column(nullable = false)
  private long generation;

  @Column(name = "asked_at", nullable = false)
  private OffsetDateTime askedAt;

  protected KeyReloadRequest() {}

  long generation() {
    return generation;
  }

  OffsetDateTime askedAt() {
    return askedAt;
  }

  void asked(OffsetDateTime at) {
    generation++;
    askedAt = at;
  }
}
