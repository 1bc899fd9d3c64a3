package org.outreach.recipients;

/** Who a notice, a letter or a message reaches. */
public enum RecipientClass {
  /** The affected person. */
  PERSON,
  /** The person's attorney of record. */
  ATTORNEY,
  /** A partner organisation in touch with the person. */
  PARTNER_ORGANISATION,
  /** The facility where the person is detained. */
  FACILITY,
  /** A government office, at home or abroad. */
  GOVERNMENT,
  /** A consulate or an embassy. */
  CONSULATE;

  /** A government or a consulate: nothing about a case may reach it. */
  public boolean isOfficial() {
    return this == GOVERNMENT || this == CONSULATE;
  }
}
