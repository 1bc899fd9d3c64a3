package org.outreach.notice.delivery;

/** Why a notice could not be handed over in custody. */
public enum NotDeliveredReason {
  /** Moved to another facility. */
  TRANSFERRED,
  /** No longer detained. */
  RELEASED,
  /** Would not take the notice. */
  REFUSED,
  /** The facility could not produce the person. */
  NOT_PRODUCED,
  /** Anything else; the case's history and the team know more. */
  OTHER
}
