package org.outreach.notice.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A case whose person acknowledged the notice (a reply recorded by a caseworker, read from the
 * mailbox or given on the notice page), as this capability publishes it for the campaign funnel
 * (the view {@code acknowledged_case}, V64, over {@code incoming_reply}): the case id only.
 * Read-only; the funnel's aggregate query joins it.
 */
@Entity
@Table(name = "acknowledged_case")
class AcknowledgedCase {

  @Id
  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  protected AcknowledgedCase() {}
}
