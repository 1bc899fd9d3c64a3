package org.outreach.cases;

/** What of a person reached the public or a government: the campaign counts cases by these. */
public enum ExposedField {
  NAME,
  DATE_OF_BIRTH,
  NATIONALITY,
  DETENTION_LOCATION,
  A_NUMBER,
  /** That the person sought protection, told to a government (the second leak). */
  PROTECTION_CLAIM
}
