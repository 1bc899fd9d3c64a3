package org.outreach.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A case with a legal consultation scheduled with counsel, as this capability publishes it for the
 * campaign funnel (the view {@code consultation_scheduled_case}, V62, over {@code consultation}):
 * the case id only. Read-only; the funnel's aggregate query joins it.
 */
@Entity
@Table(name = "consultation_scheduled_case")
class ConsultationScheduledCase {

  @Id
  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  protected ConsultationScheduledCase() {}
}
