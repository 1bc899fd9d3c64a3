package org.outreach.registry;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an update changed in a person's record: which parts, the custody status before and after,
 * how many contact points were added or changed, and whether the facts the processes see changed.
 * Ids, enums and counts only, so it may be logged and turned into process messages.
 */
public record PersonChange(
    UUID personId,
    Set<Part> parts,
    CustodyStatus previousCustodyStatus,
    CustodyStatus custodyStatus,
    int contactPointsAdded,
    int contactPointsChanged,
    boolean outreachFactsChanged) {

  /** A part of the record. */
  public enum Part {
    NAMES,
    DATE_OF_BIRTH,
    NATIONALITY,
    A_NUMBER,
    PREFERRED_LANGUAGES,
    CUSTODY_STATUS,
    CUSTODY_FACTS,
    CONTACT_POINTS,
    ATTORNEY,
    RISK_NOTES,
    EXPOSURE
  }

  public PersonChange {
    Objects.requireNonNull(personId, "personId");
    parts = parts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(parts));
    Objects.requireNonNull(previousCustodyStatus, "previousCustodyStatus");
    Objects.requireNonNull(custodyStatus, "custodyStatus");
  }

  /** Whether anything was changed at all; an unchanged re-import changes nothing. */
  public boolean changed() {
    return !parts.isEmpty();
  }

  public boolean changed(Part part) {
    return parts.contains(part);
  }

  /** The change the running process must hear of (message {@code CustodyStatusChanged}). */
  public boolean custodyStatusChanged() {
    return previousCustodyStatus != custodyStatus;
  }
}
