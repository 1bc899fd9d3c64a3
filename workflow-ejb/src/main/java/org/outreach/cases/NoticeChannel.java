package org.outreach.cases;

/**
 * How a notice reaches a person; the names match the outputs of the notice-channels decision. The
 * first three are sent by the server, the others are worked by caseworkers.
 */
public enum NoticeChannel {
  EMAIL,
  LETTER,
  ATTORNEY,
  HAND_DELIVERY,
  PHONE_CALL,
  PARTNER_ORGANISATION;

  /** Whether the server sends it itself (mail, queued letter) rather than a caseworker. */
  public boolean automated() {
    return this == EMAIL || this == LETTER || this == ATTORNEY;
  }
}
