package org.outreach.locate;

import java.time.OffsetDateTime;

/**
 * One contact attempt as a caseworker describes it; checked by {@link AttemptRules} before anything
 * is stored.
 *
 * @param note what was tried and said, at most {@value AttemptRules#NOTE_MAX_LENGTH} characters, or
 *     {@code null}; stored encrypted
 */
public record NewAttempt(
    ContactChannel channel, OffsetDateTime attemptedAt, ContactResult result, String note) {

  /** Never shows the note: a record's default toString would put it into any log line. */
  @Override
  public String toString() {
    return "NewAttempt[" + channel + ", " + result + "]";
  }
}
