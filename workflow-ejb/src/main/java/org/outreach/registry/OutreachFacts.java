package org.outreach.registry;

import java.util.Objects;
import java.util.UUID;

/**
 * What the outreach processes may know about a person: a custody status, flags and a language code,
 * never a name, date, number or contact detail. These are the only facts that become process
 * variables (and so land in the engine's history).
 *
 * @param language ISO 639-1 code of the first preferred language, or {@code null} if none is known
 */
public record OutreachFacts(
    UUID personId,
    CustodyStatus custodyStatus,
    boolean removedAfterLeakBeforeNotice,
    boolean disclosedToGovernment,
    boolean hasSafeEmail,
    boolean hasSafePostalAddress,
    boolean hasSafePhone,
    boolean hasAttorney,
    boolean hasPartnerOrganisation,
    String language) {

  public OutreachFacts {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(custodyStatus, "custodyStatus");
  }
}
