package org.outreach.registry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the outreach processes may know about a person: a custody status, flags and a language code,
 * never a name, date, number or contact detail. The status, flags and language are the only facts
 * that become process variables (and so land in the engine's history); the exposure is recorded on
 * the case, not in a variable, since no process routes on it.
 *
 * @param language ISO 639-1 code of the first preferred language, or {@code null} if none is known
 * @param exposure what of the person leaked: the fields of the published file as recorded, and
 *     {@link ExposedField#PROTECTION_CLAIM} once disclosed to a government; empty if nothing is
 *     recorded
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
    String language,
    Set<ExposedField> exposure) {

  public OutreachFacts {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(custodyStatus, "custodyStatus");
    exposure =
        exposure == null || exposure.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(exposure));
  }
}
