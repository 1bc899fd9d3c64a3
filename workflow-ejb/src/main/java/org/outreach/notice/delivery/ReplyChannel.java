package org.outreach.notice.delivery;

import java.util.Arrays;
import java.util.List;

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
  THROUGH_PARTNER,
  /**
   * The person confirmed on the public notice page that they read the notice: recorded by the page
   * itself once it checked their reference and date of birth, never typed in.
   */
  NOTICE_PAGE;

  /** The channels a caseworker may record a reply as: every one but {@link #NOTICE_PAGE}. */
  public static List<ReplyChannel> typedIn() {
    return Arrays.stream(values()).filter(channel -> channel != NOTICE_PAGE).toList();
  }
}
