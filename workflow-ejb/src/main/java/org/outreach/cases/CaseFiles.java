package org.outreach.cases;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.registry.PersonRegistry;
import org.outreach.registry.PersonView;

/**
 * Cases as the REST API and the console list and open them: a page of cases carries ids, references
 * and states only; an opened case carries its person's record only for the roles that may read
 * records, and that read is audited (by {@link PersonRegistry}) naming the reader, the purpose and
 * the case.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
public class CaseFiles {

  public static final int MAX_PAGE_SIZE = 200;

  /** The roles that may see a person's record with the case. */
  private static final List<String> RECORD_READERS = List.of("supervisor", "admin");

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private PersonRegistry registry;
  @Inject private CaseAccess caseAccess;
  @Resource private SessionContext session;

  /** One page of cases, newest first; no personal data. */
  public record CasePage(int page, int size, long total, List<CaseSummary> cases) {}

  /** A case, and its person's record when the caller may see it. */
  public record CaseFile(
      CaseSummary summary, Optional<UUID> personId, Optional<PersonView> person) {
    @Override
    public String toString() {
      return "CaseFile[" + summary.id() + "]";
    }
  }

  /**
   * @param page from 0
   * @param size 1 to {@link #MAX_PAGE_SIZE}
   */
  @RolesAllowed({"supervisor", "admin"})
  public CasePage list(int page, int size) {
    if (page < 0) {
      throw new IllegalArgumentException("page: must be 0 or more");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("size: must be between 1 and " + MAX_PAGE_SIZE);
    }
    long total =
        entityManager
            .createQuery("SELECT COUNT(c) FROM OutreachCase c", Long.class)
            .getSingleResult();
    List<CaseSummary> cases =
        entityManager
            .createQuery(
                "SELECT c FROM OutreachCase c ORDER BY c.openedAt DESC, c.id", OutreachCase.class)
            .setFirstResult(Math.multiplyExact(page, size))
            .setMaxResults(size)
            .getResultList()
            .stream()
            .map(CaseSummary::of)
            .toList();
    return new CasePage(page, size, total, cases);
  }

  /**
   * Opens a case for a stated purpose. Supervisors and administrators get the person's record,
   * which writes exactly one audit event; caseworkers get the case alone, and nothing is read, and
   * only a case one of their teams has or had a task on ({@link CaseAccess}).
   *
   * @throws UnknownCaseException if no case has this id or the caller may not see it
   */
  @RolesAllowed({"caseworker", "supervisor", "admin"})
  public CaseFile open(UUID caseId, AccessPurpose purpose) {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(purpose, "purpose");
    caseAccess.requireVisible(caseId);
    OutreachCase outreachCase = entityManager.find(OutreachCase.class, caseId);
    Optional<UUID> personId = outreachCase.personId();
    Optional<PersonView> person =
        personId.isPresent() && RECORD_READERS.stream().anyMatch(session::isCallerInRole)
            ? Optional.of(registry.readForCase(caseId, personId.get(), purpose))
            : Optional.empty();
    return new CaseFile(CaseSummary.of(outreachCase), personId, person);
  }
}
