package org.outreach.travel;

import java.util.List;

/**
 * Through whom return travel is worked. Only counsel and a partner organisation are ever offered;
 * the home government and its consulate are named here so that a form posting them is refused by
 * {@link TravelRules} with its own rule (telling a government that a person is being brought back
 * says that they sought protection: the second leak), never stored.
 */
public enum TravelContactKind {
  /** The person's lawyer or accredited representative. */
  COUNSEL,
  /** A partner organisation in touch with the person abroad. */
  PARTNER_ORGANISATION,
  /** The government of the country the person was removed to: never a contact. */
  HOME_GOVERNMENT,
  /** A consulate or embassy of that government: never a contact. */
  CONSULATE;

  /** Whether return travel may go through this contact. */
  public boolean isSafe() {
    return this == COUNSEL || this == PARTNER_ORGANISATION;
  }

  /** The kinds a form offers: the safe ones. */
  public static List<TravelContactKind> offered() {
    return List.of(COUNSEL, PARTNER_ORGANISATION);
  }
}
