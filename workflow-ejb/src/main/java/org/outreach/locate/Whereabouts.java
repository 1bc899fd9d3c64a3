package org.outreach.locate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.outreach.cases.CaseProgress;
import org.outreach.registry.OutreachFacts;

/**
 * The automated lookup: whether the registry already knows a safe way to reach the case's person,
 * or a caseworker's last search on the case found them through a kind of contact point the record
 * still holds as safe. Reads the facts and the conclusions only (flags and kinds, never a contact
 * detail); records the case as located the first time it is. Runs on job-executor threads.
 */
@Stateless
@PermitAll
public class Whereabouts {

  @Inject private CaseProgress progress;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * Whether the case's person can be reached; the first time they can, the case is recorded as
   * located ({@link CaseLocated}, which the campaign funnel counts).
   */
  public boolean lookup(UUID caseId) {
    Optional<OutreachFacts> facts = progress.loadFacts(caseId);
    boolean located = located(facts) || foundByCaseworker(facts, lastConclusion(caseId));
    if (located && entityManager.find(CaseLocated.class, caseId) == null) {
      entityManager.persist(new CaseLocated(caseId, OffsetDateTime.now(ZoneOffset.UTC)));
    }
    return located;
  }

  /**
   * A caseworker concluded "found" (which they can only through a safe contact point of the
   * record), and the record still holds a safe contact point of that kind: the custody status may
   * be unknown, but the person can be reached.
   */
  static boolean foundByCaseworker(
      Optional<OutreachFacts> known, Optional<ContactAttempt> lastConclusion) {
    if (known.isEmpty()
        || lastConclusion.isEmpty()
        || lastConclusion.get().conclusion() != Conclusion.FOUND
        || lastConclusion.get().contactKind() == null) {
      return false;
    }
    OutreachFacts facts = known.get();
    return switch (lastConclusion.get().contactKind()) {
      case PHONE -> facts.hasSafePhone();
      case EMAIL -> facts.hasSafeEmail();
      case POSTAL_ADDRESS -> facts.hasSafePostalAddress();
      case PARTNER_ORGANISATION -> facts.hasPartnerOrganisation();
    };
  }

  private Optional<ContactAttempt> lastConclusion(UUID caseId) {
    return entityManager
        .createNamedQuery("ContactAttempt.conclusionsOfCase", ContactAttempt.class)
        .setParameter("caseId", caseId)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Located: detained (the facility is known, the notice is handed over there), or released or
   * removed with a safe contact point, an attorney of record or a partner organisation in touch. A
   * case without a person, or with whereabouts unknown, is not located.
   */
  public static boolean located(Optional<OutreachFacts> known) {
    if (known.isEmpty()) {
      return false;
    }
    OutreachFacts facts = known.get();
    return switch (facts.custodyStatus()) {
      case DETAINED -> true;
      case RELEASED, REMOVED ->
          facts.hasSafeEmail()
              || facts.hasSafePostalAddress()
              || facts.hasSafePhone()
              || facts.hasAttorney()
              || facts.hasPartnerOrganisation();
      case UNKNOWN -> false;
    };
  }
}
