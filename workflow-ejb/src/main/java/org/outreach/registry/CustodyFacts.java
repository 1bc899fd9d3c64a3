package org.outreach.registry;

import java.time.LocalDate;

/**
 * The facts that go with a custody status: DETAINED has a facility and a date since; RELEASED a
 * release date; REMOVED a country (ISO 3166), a date and a {@link RemovalTiming}; UNKNOWN none.
 * Which ones must be present is checked by the registry's rules, not here.
 */
public record CustodyFacts(
    String detentionFacility,
    LocalDate detainedSince,
    LocalDate releasedOn,
    String removedTo,
    LocalDate removedOn,
    RemovalTiming removalTiming) {

  public static final CustodyFacts NONE = new CustodyFacts(null, null, null, null, null, null);

  public static CustodyFacts detained(String facility, LocalDate since) {
    return new CustodyFacts(facility, since, null, null, null, null);
  }

  public static CustodyFacts released(LocalDate on) {
    return new CustodyFacts(null, null, on, null, null, null);
  }

  public static CustodyFacts removed(String country, LocalDate on, RemovalTiming timing) {
    return new CustodyFacts(null, null, null, country, on, timing);
  }

  @Override
  public String toString() {
    return "CustodyFacts[...]";
  }
}
