package org.outreach.locate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A case whose person a search found, as this capability publishes it for the campaign funnel (the
 * view {@code located_case}, V62, over {@code contact_attempt}): the case id only. Read-only; the
 * funnel's aggregate query joins it.
 */
@Entity
@Table(name = "located_case")
class LocatedCase {

  @Id
  @Column(name = "case_id", insertable = false, updatable = false)
  private UUID caseId;

  protected LocatedCase() {}
}
