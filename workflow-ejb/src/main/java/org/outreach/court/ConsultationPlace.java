package org.outreach.court;

/** Where a scheduled consultation is held. */
public enum ConsultationPlace {
  /** At an address (an office, a facility's visiting room): the address is recorded, sealed. */
  IN_PERSON,
  /** By telephone or video: no address. */
  REMOTE
}
