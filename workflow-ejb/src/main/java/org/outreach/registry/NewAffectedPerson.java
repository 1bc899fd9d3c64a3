package org.outreach.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person to register. {@code alternateNames}, {@code preferredLanguages} and {@code
 * contactPoints} may be empty; a missing custody status means {@link CustodyStatus#UNKNOWN}; {@code
 * attorney} may be {@code null}.
 */
public record NewAffectedPerson(
    String familyName,
    String givenNames,
    List<String> alternateNames,
    LocalDate dateOfBirth,
    String nationality,
    String aNumber,
    List<String> preferredLanguages,
    CustodyStatus custodyStatus,
    CustodyFacts custodyFacts,
    List<ContactPoint> contactPoints,
    Attorney attorney,
    RiskNotes riskNotes) {

  public NewAffectedPerson {
    alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
    custodyStatus = custodyStatus == null ? CustodyStatus.UNKNOWN : custodyStatus;
    custodyFacts = custodyFacts == null ? CustodyFacts.NONE : custodyFacts;
    contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    riskNotes = riskNotes == null ? RiskNotes.NONE : riskNotes;
  }

  /** A person with identity and custody status only: no custody facts, contacts or attorney. */
  public NewAffectedPerson(
      String familyName,
      String givenNames,
      List<String> alternateNames,
      LocalDate dateOfBirth,
      String nationality,
      String aNumber,
      List<String> preferredLanguages,
      CustodyStatus custodyStatus) {
    this(
        familyName,
        givenNames,
        alternateNames,
        dateOfBirth,
        nationality,
        aNumber,
        preferredLanguages,
        custodyStatus,
        null,
        null,
        null,
        null);
  }

  /** Never shows the values: a record's default toString would put them into any log line. */
  @Override
  public String toString() {
    return "NewAffectedPerson[...]";
  }
}
