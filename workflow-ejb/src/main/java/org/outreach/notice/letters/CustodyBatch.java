package org.outreach.notice.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Notices printed for one visit of the detention team; which facility is deliberately not kept. */
@Entity
@Table(name = "custody_batch")
class CustodyBatch {

  @Id private UUID id;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(nullable = false)
  private int notices;

  @Column(nullable = false)
  private int pages;

  protected CustodyBatch() {}

  CustodyBatch(OffsetDateTime createdAt, String createdBy) {
    this.id = UUID.randomUUID();
    this.createdAt = createdAt;
    this.createdBy = createdBy;
  }

  void rendered(int noticeCount, int pageCount) {
    this.notices = noticeCount;
    this.pages = pageCount;
  }

  UUID id() {
    return id;
  }
}
