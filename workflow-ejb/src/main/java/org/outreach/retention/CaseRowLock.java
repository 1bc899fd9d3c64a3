package org.outreach.retention;

import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Locks a case's row until the transaction ends, so that placing a hold and erasing the case take
 * turns: whichever comes second sees what the first did.
 */
final class CaseRowLock {

  private CaseRowLock() {}

  static void lock(EntityManager entityManager, UUID caseId) {
    entityManager
        .createNativeQuery("SELECT id FROM outreach_case WHERE id = ?1 FOR UPDATE")
        .setParameter(1, caseId)
        .getResultList();
  }
}
