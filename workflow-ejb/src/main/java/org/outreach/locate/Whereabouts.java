package org.outreach.locate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.outreach.cases.CaseProgress;
import org.outreach.registry.OutreachFacts;

/**
 * The automated lookup: whether the registry already knows a safe way to reach the case's person.
 * Reads the facts only (flags, never a contact detail). Runs on job-executor threads.
 */
@Stateless
@PermitAll
public class Whereabouts {

  @Inject private CaseProgress progress;

  public boolean lookup(UUID caseId) {
    return located(progress.loadFacts(caseId));
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
