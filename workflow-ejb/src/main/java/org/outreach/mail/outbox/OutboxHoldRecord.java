package org.outreach.mail.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether an administrator holds outgoing email, for every server: one row. */
@Entity
@Table(name = "outbox_hold")
class OutboxHoldRecord {

  static final int ONLY = 1;

  @Id private int id;

  @Column(nullable = false)
  private boolean held;

  @Column(name = "changed_by", length = 64)
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  protected OutboxHoldRecord() {}

  boolean held() {
    return held;
  }

  String changedBy() {
    return changedBy;
  }

  OffsetDateTime changedAt() {
    return changedAt;
  }

  void set(boolean held, String by, OffsetDateTime at) {
    this.held = held;
    this.changedBy = by;
    this.changedAt = at;
  }
}
