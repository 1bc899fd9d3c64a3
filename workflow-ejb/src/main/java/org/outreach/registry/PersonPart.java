package org.outreach.registry;

/**
 * A part of a person's record that a piece of work may need. A read names the parts it needs, and
 * only those are decrypted: a caseworker delivering a notice in custody needs the name, the
 * A-number, the facility and the language, not the attorney's address.
 */
public enum PersonPart {
  /** Family name, given names and the other spellings. */
  NAMES,
  DATE_OF_BIRTH,
  NATIONALITY,
  A_NUMBER,
  /** Preferred languages (the notice language is plain and always given). */
  LANGUAGES,
  /** Facility, dates, country of removal. */
  CUSTODY_FACTS,
  /** The contact points marked safe to contact; the others are left out. */
  SAFE_CONTACT_POINTS,
  /** Every contact point, safe or not (supervision, record correction). */
  ALL_CONTACT_POINTS,
  ATTORNEY,
  /** The free-text risk note (whether the data reached a government is plain and always given). */
  RISK_NOTE
}
