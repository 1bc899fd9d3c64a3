package org.outreach.hold;

/** How the officer or office in charge of a scheduled removal was reached. */
public enum StopChannel {
  PHONE,
  EMAIL,
  IN_PERSON,
  /** Through the person's counsel, who raised the hold with the office. */
  THROUGH_COUNSEL
}
