package org.outreach.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.List;

/**
 * The notice languages a worklist's filter offers: those of everyone in the registry, read from the
 * database at most once a minute. A language code names nobody, and reading them once for every
 * worklist shown cost as much as counting its tasks; a caseworker may so be offered a language that
 * none of their own tasks has, and the filter then says that no task matches.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class WorklistLanguages {

  private static final Duration FRESH_FOR = Duration.ofMinutes(1);

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  private volatile Read last;

  /** The codes, sorted. */
  public List<String> codes() {
    Read read = last;
    long now = System.nanoTime();
    if (read == null || now - read.at > FRESH_FOR.toNanos()) {
      // two callers at once may both read: the answer is the same
      read =
          new Read(
              now,
              entityManager
                  .createNativeQuery(
                      "SELECT DISTINCT notice_language FROM affected_person"
                          + " WHERE notice_language IS NOT NULL ORDER BY notice_language")
                  .getResultList()
                  .stream()
                  .map(String::valueOf)
                  .toList());
      last = read;
    }
    return read.codes;
  }

  private record Read(long at, List<String> codes) {}
}
