package org.outreach.registry;

/**
 * What of a person reached the public or a government. The registry records the fields of the
 * published file as imported; the case collects them, and the campaign counts cases by these.
 */
public enum ExposedField {
  NAME,
  DATE_OF_BIRTH,
  NATIONALITY,
  DETENTION_LOCATION,
  A_NUMBER,
  /**
   * That the person sought protection, told to a government (the second leak). Never recorded as
   * such: it follows from {@link RiskNotes#disclosedToGovernment()}.
   */
  PROTECTION_CLAIM
}
