package org.outreach.cases;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads and updates cases on behalf of the processes and the console. */
@Stateless
public class CaseRecords {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  public Optional<CaseSummary> find(UUID caseId) {
    return Optional.ofNullable(entityManager.find(OutreachCase.class, caseId)).map(CaseSummary::of);
  }

  /** The case a reference names, if any. */
  public Optional<CaseSummary> findByReference(CaseReference reference) {
    return entityManager
        .createQuery(
            "SELECT c FROM OutreachCase c WHERE c.reference = :reference", OutreachCase.class)
        .setParameter("reference", reference.value())
        .getResultStream()
        .findFirst()
        .map(CaseSummary::of);
  }

  /** The newest case of a person, if they have one. */
  /** The cases of these people, newest first, by person; a person without a case is left out. */
  public Map<UUID, List<CaseSummary>> findByPeople(Collection<UUID> personIds) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery(
            "SELECT c FROM OutreachCase c WHERE c.personId IN :personIds ORDER BY c.openedAt DESC",
            OutreachCase.class)
        .setParameter("personIds", personIds)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                (OutreachCase c) -> c.personId().orElseThrow(),
                Collectors.mapping(CaseSummary::of, Collectors.toList())));
  }

  public Optional<CaseSummary> findByPerson(UUID personId) {
    return entityManager
        .createQuery(
            "SELECT c FROM OutreachCase c WHERE c.personId = :personId ORDER BY c.openedAt DESC",
            OutreachCase.class)
        .setParameter("personId", personId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(CaseSummary::of);
  }

  /** The references of the given cases, in one query; unknown ids are left out. */
  public Map<UUID, String> referencesOf(Collection<UUID> caseIds) {
    if (caseIds.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery(
            "SELECT c.id, c.reference FROM OutreachCase c WHERE c.id IN :ids", Object[].class)
        .setParameter("ids", caseIds)
        .getResultStream()
        .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
  }

  /** The affected person of a case, if it has one. */
  public Optional<UUID> personOf(UUID caseId) {
    OutreachCase outreachCase = entityManager.find(OutreachCase.class, caseId);
    if (outreachCase == null) {
      throw new UnknownCaseException(caseId);
    }
    return outreachCase.personId();
  }

  /** Called by the process once the case is running. */
  public void markOutreachStarted(UUID caseId) {
    // locked like every change of a case's progress (see CaseProgress)
    OutreachCase outreachCase = entityManager.find(OutreachCase.class, caseId);
    if (outreachCase == null) {
      throw new UnknownCaseException(caseId);
    }
    // re-read under the lock: the transaction may hold an older copy (read before a job thread
    // changed the case), and locking that copy would fail on its stale version
    entityManager.refresh(outreachCase, LockModeType.PESSIMISTIC_WRITE);
    outreachCase.outreachStarted();
  }
}
