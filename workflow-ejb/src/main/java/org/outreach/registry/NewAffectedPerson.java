package org.outreach.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person to register. {@code alternateNames} and {@code preferredLanguages} may be empty; a
 * missing custody status means {@link CustodyStatus#UNKNOWN}.
 */
public record NewAffectedPerson(
    String familyName,
    String givenNames,
    List<String> alternateNames,
    LocalDate dateOfBirth,
    String nationality,
    String aNumber,
    List<String> preferredLanguages,
    CustodyStatus custodyStatus) {

  public NewAffectedPerson {
    alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
    custodyStatus = custodyStatus == null ? CustodyStatus.UNKNOWN : custodyStatus;
  }

  /** Never shows the values: a record's default toString would put them into any log line. */
  @Override
  public String toString() {
    return "NewAffectedPerson[...]";
  }
}
