package org.outreach.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A decrypted person record, handed out only after the read was audited. */
public record PersonView(
    UUID id,
    String familyName,
    String givenNames,
    List<String> alternateNames,
    LocalDate dateOfBirth,
    String nationality,
    String aNumber,
    List<String> preferredLanguages,
    CustodyStatus custodyStatus) {

  /** Never shows the values: a record's default toString would put them into any log line. */
  @Override
  public String toString() {
    return "PersonView[id=" + id + "]";
  }
}
