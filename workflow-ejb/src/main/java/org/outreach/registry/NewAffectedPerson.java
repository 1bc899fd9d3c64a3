package org.outreach.registry;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A person to register. {@code alternateNames}, {@code preferredLanguages} and {@code
 * contactPoints} may be empty; a missing custody status means {@link CustodyStatus#UNKNOWN}; {@code
 * attorney} may be {@code null}.
 *
 * @param exposure the fields of the published file that held this person, empty when the list does
 *     not say; never {@link ExposedField#PROTECTION_CLAIM}, which follows from {@code riskNotes}
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
    RiskNotes riskNotes,
    Set<ExposedField> exposure) {

  public NewAffectedPerson {
    alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
    custodyStatus = custodyStatus == null ? CustodyStatus.UNKNOWN : custodyStatus;
    custodyFacts = custodyFacts == null ? CustodyFacts.NONE : custodyFacts;
    contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    riskNotes = riskNotes == null ? RiskNotes.NONE : riskNotes;
    exposure =
        exposure == null || exposure.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(exposure));
  }

  /** A person whose exposure is not recorded. */
  public NewAffectedPerson(
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
    this(
        familyName,
        givenNames,
        alternateNames,
        dateOfBirth,
        nationality,
        aNumber,
        preferredLanguages,
        custodyStatus,
        custodyFacts,
        contactPoints,
        attorney,
        riskNotes,
        null);
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
        null,
        null);
  }

  /** Never shows the values: a record's default toString would put them into any log line. */
  @Override
  public String toString() {
    return "NewAffectedPerson[...]";
  }
}
