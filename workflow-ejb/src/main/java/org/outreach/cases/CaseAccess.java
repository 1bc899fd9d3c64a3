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
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.users.StaffMember;
import org.outreach.users.UserDirectory;

/**
 * The one place that says whether the caller may see a case: supervisors and administrators see
 * every case, a caseworker a case while one of their teams has or had a task on it. A case the
 * caller may not see is reported exactly like one that does not exist, so an id tried from
 * elsewhere gives nothing away; the refusal is logged with ids only.
 */
@Stateless
@DeclareRoles({"caseworker", "supervisor", "admin"})
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class CaseAccess {

  private static final Logger LOG = Logger.getLogger(CaseAccess.class.getName());
  private static final List<String> SEE_ALL = List.of("supervisor", "admin");

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;
  @Inject private UserDirectory users;

  /**
   * @throws UnknownCaseException if the case does not exist or the caller may not see it
   */
  public void requireVisible(UUID caseId) {
    if (!mayOpen(caseId)) {
      if (caseId != null && exists(caseId)) {
        LOG.warning(
            () ->
                "Case access refused: "
                    + session.getCallerPrincipal().getName()
                    + " is in no team of case "
                    + caseId);
      }
      throw new UnknownCaseException(caseId);
    }
  }

  /** Whether the case exists and the caller may see it. */
  public boolean mayOpen(UUID caseId) {
    if (caseId == null || !exists(caseId)) {
      return false;
    }
    if (SEE_ALL.stream().anyMatch(session::isCallerInRole)) {
      return true;
    }
    Set<String> teams =
        users.find(session.getCallerPrincipal().getName()).map(StaffMember::teams).orElse(Set.of());
    if (teams.isEmpty()) {
      return false;
    }
    return !entityManager
        .createQuery(
            "SELECT t.key.team FROM CaseTeam t WHERE t.key.caseId = :caseId AND t.key.team IN"
                + " :teams",
            String.class)
        .setParameter("caseId", caseId)
        .setParameter("teams", teams)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private boolean exists(UUID caseId) {
    Objects.requireNonNull(caseId, "caseId");
    return entityManager.find(OutreachCase.class, caseId) != null;
  }
}
