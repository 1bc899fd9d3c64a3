package org.outreach.hold;

import java.time.OffsetDateTime;

/**
 * What a supervisor records of one attempt to stop a scheduled removal; checked by {@link
 * RemovalStopRules} before anything is stored.
 *
 * @param reached the officer or office reached, one line of at most {@value
 *     RemovalStopRules#REACHED_MAX_LENGTH} characters; stored encrypted
 * @param channel how they were reached
 * @param reachedAt when
 * @param stopped whether they confirmed the removal is stopped; {@code null} when not said
 * @param note what was said, at most {@value RemovalStopRules#NOTE_MAX_LENGTH} characters; required
 *     when the stop was not confirmed, stored encrypted
 */
public record NewRemovalStop(
    String reached, StopChannel channel, OffsetDateTime reachedAt, Boolean stopped, String note) {

  /** Never shows who was reached nor the note. */
  @Override
  public String toString() {
    return "NewRemovalStop[" + channel + ", stopped=" + stopped + "]";
  }
}
