package org.outreach.hold;

import java.time.OffsetDateTime;

/**
 * An attempt to stop a removal as the supervisor who holds its task reads it.
 *
 * @param reached the officer or office reached, decrypted
 * @param note what was said, decrypted; {@code null} for none
 * @param recordedBy the username of whoever recorded it
 */
public record StopAttempt(
    OffsetDateTime reachedAt,
    StopChannel channel,
    String reached,
    boolean stopped,
    String note,
    String recordedBy) {

  /** Never shows who was reached nor the note. */
  @Override
  public String toString() {
    return "StopAttempt[" + channel + ", stopped=" + stopped + "]";
  }
}
