package org.outreach.locate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A case whose locate process concluded its person can be reached, as this capability publishes it
 * for the campaign funnel (the view {@code located_case}, V65, over {@code case_located}): the case
 * id only. Read-only; the funnel's aggregate query joins it.
 */
@Entity
@Table(name = "located_case")
class LocatedCase {

  @Id
  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  protected LocatedCase() {}
}
