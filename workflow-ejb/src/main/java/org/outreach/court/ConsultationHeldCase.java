package org.outreach.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A case whose scheduled consultation took place, as this capability publishes it for the campaign
 * funnel (the view {@code consultation_held_case}, V66, over {@code consultation_held}): the case
 * id only. Read-only; the funnel's aggregate query joins it.
 */
@Entity
@Table(name = "consultation_held_case")
class ConsultationHeldCase {

  @Id
  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  protected ConsultationHeldCase() {}
}
