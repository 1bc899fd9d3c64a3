package org.outreach.notice.letters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;

/** The letters counted by state for supervisors: one aggregate query, no letter read. */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class LetterReport {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** How many letters are in each state that has one, in the order of {@link LetterStatus}. */
  public Map<LetterStatus, Long> byStatus() {
    Map<LetterStatus, Long> counts = new TreeMap<>();
    entityManager
        .createQuery("SELECT l.status, COUNT(l) FROM Letter l GROUP BY l.status", Object[].class)
        .getResultStream()
        .forEach(row -> counts.put((LetterStatus) row[0], ((Number) row[1]).longValue()));
    return counts;
  }
}
