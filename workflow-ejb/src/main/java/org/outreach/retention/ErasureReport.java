package org.outreach.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.outreach.campaign.RetentionSettings;

/**
 * What the retention job erased, for supervisors and administrators: references, populations,
 * outcomes, dates and counts only.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class ErasureReport {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** A page of the erased cases, the latest erased first. */
  public List<ErasedCaseView> page(int first, int max) {
    if (first < 0 || max < 1) {
      throw new IllegalArgumentException("first must be 0 or more and max 1 or more");
    }
    return entityManager
        .createNamedQuery("ErasedCase.latestFirst", ErasedCase.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultStream()
        .map(ErasedCase::view)
        .toList();
  }

  /** How many cases have been erased. */
  public long count() {
    return entityManager.createNamedQuery("ErasedCase.count", Long.class).getSingleResult();
  }

  /** The retention period in force, as configured ({@code P3Y}). */
  public String period() {
    return RetentionSettings.current().closedCasePeriod().toString();
  }
}
