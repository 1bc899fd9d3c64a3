package org.outreach.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A notice sent in writing, as this capability publishes it for the dashboard's lists (the view
 * {@code notice_dispatch}, V67, over {@code email_notice} with its outbox message and {@code
 * letter}): the case, the channel ({@code EMAIL} or {@code LETTER}) and the state its own table
 * gives it. Read-only; the campaign funnel's lists filter by it.
 */
@Entity
@Table(name = "notice_dispatch")
class DispatchedNotice {

  @Id
  @Column(name = "notice_id", insertable = false, updatable = false)
  private UUID noticeId;

  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  @Column(insertable = false, updatable = false, length = 8)
  private String channel;

  @Column(insertable = false, updatable = false, length = 16)
  private String state;

  protected DispatchedNotice() {}
}
