package org.outreach.notice.page;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One failed try on the notice page: the reference typed, if any, and the visitor's index. */
@Entity
@Table(name = "notice_page_try")
@NamedQuery(
    name = "NoticePageTry.countForReference",
    query =
        "SELECT COUNT(t) FROM NoticePageTry t WHERE t.reference = :reference"
            + " AND t.failedAt > :since")
@NamedQuery(
    name = "NoticePageTry.countForAddress",
    query =
        "SELECT COUNT(t) FROM NoticePageTry t WHERE t.addressKey = :addressKey"
            + " AND t.failedAt > :since")
class NoticePageTry {

  @Id
  @Column(updatable = false)
  private UUID id;

  @Column(updatable = false, length = 16)
  private String reference;

  @Column(name = "address_key", nullable = false, updatable = false, length = 64)
  private String addressKey;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private OffsetDateTime failedAt;

  protected NoticePageTry() {}

  NoticePageTry(String reference, String addressKey, OffsetDateTime failedAt) {
    this.id = UUID.randomUUID();
    this.reference = reference;
    this.addressKey = Objects.requireNonNull(addressKey, "addressKey");
    this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
  }
}
