package org.outreach.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A decrypted person record, handed out only after the read was audited.
 *
 * @param attorney the attorney of record, or {@code null}
 * @param noticeLanguage ISO 639-1 code notices are written in (see {@link OutreachFacts}), or
 *     {@code null}
 */
public record PersonView(
    UUID id,
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
    String noticeLanguage) {

  public PersonView {
    alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    preferredLanguages = preferredLanguages == null ? List.of() : List.copyOf(preferredLanguages);
    custodyFacts = custodyFacts == null ? CustodyFacts.NONE : custodyFacts;
    contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    riskNotes = riskNotes == null ? RiskNotes.NONE : riskNotes;
  }

  /** The identity and custody status alone, as the first registry slice returned it. */
  public PersonView(
      UUID id,
      String familyName,
      String givenNames,
      List<String> alternateNames,
      LocalDate dateOfBirth,
      String nationality,
      String aNumber,
      List<String> preferredLanguages,
      CustodyStatus custodyStatus) {
    this(
        id,
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

  public boolean hasAttorney() {
    return attorney != null;
  }

  /** Never shows the values: a record's default toString would put them into any log line. */
  @Override
  public String toString() {
    return "PersonView[id=" + id + "]";
  }
}
