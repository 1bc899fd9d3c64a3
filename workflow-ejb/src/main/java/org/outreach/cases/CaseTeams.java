package org.outreach.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;

/** Records which teams work on a case; called when a task is offered to a team. */
@Stateless
@RolesAllowed({SystemIdentity.ROLE, "caseworker", "supervisor", "admin", "removal-office"})
@SystemService
public class CaseTeams {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** The team got a task on the case; a team already known changes nothing. */
  public void joined(UUID caseId, String team) {
    Objects.requireNonNull(caseId, "caseId");
    if (team == null || team.isBlank()) {
      return;
    }
    CaseTeam.Key key = new CaseTeam.Key(caseId, team);
    if (entityManager.find(CaseTeam.class, key) == null) {
      entityManager.persist(new CaseTeam(key, OffsetDateTime.now(ZoneOffset.UTC)));
    }
  }
}
