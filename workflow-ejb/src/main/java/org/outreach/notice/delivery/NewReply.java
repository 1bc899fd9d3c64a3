package org.outreach.notice.delivery;

import java.time.OffsetDateTime;

/**
 * A reply or acknowledgment from the person as a caseworker records it on the case view.
 *
 * @param acknowledgesNotice whether the person confirmed they received the notice
 * @param note what was said, optional; stored sealed
 */
public record NewReply(
    ReplyChannel channel, OffsetDateTime receivedAt, boolean acknowledgesNotice, String note) {

  /** Never shows the note. */
  @Override
  public String toString() {
    return "NewReply[" + channel + ", " + receivedAt + ", " + acknowledgesNotice + "]";
  }
}
