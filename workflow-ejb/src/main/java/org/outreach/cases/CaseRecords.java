package org.outreach.cases;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** Reads and updates cases on behalf of the processes and the console. */
@Stateless
public class CaseRecords {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  public Optional<CaseSummary> find(UUID caseId) {
    return Optional.ofNullable(entityManager.find(OutreachCase.class, caseId)).map(CaseSummary::of);
  }

  /** Called by the process once the case is running. */
  public void markOutreachStarted(UUID caseId) {
    OutreachCase outreachCase = entityManager.find(OutreachCase.class, caseId);
    if (outreachCase == null) {
      throw new UnknownCaseException(caseId);
    }
    outreachCase.outreachStarted();
  }
}
