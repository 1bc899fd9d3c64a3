package org.outreach.notice.delivery;

/** How a person's reply or acknowledgment reached the team. */
public enum ReplyChannel {
  /** A letter or a note by post. */
  LETTER,
  /** An email. */
  EMAIL,
  /** A call to the team. */
  PHONE,
  /** The person came to the team in person. */
  IN_PERSON,
  /** Through their attorney. */
  THROUGH_COUNSEL,
  /** Through a partner organisation. */
  THROUGH_PARTNER
}
