package org.outreach.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A case whose person was released from detention, as this capability publishes it for the campaign
 * funnel (the view {@code custody_released_case}, V68, over {@code custody_release}): the case id
 * only. Read-only; the funnel's aggregate query joins it.
 */
@Entity
@Table(name = "custody_released_case")
class CustodyReleasedCase {

  @Id
  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  protected CustodyReleasedCase() {}
}
