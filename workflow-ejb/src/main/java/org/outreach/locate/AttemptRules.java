package org.outreach.locate;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.outreach.locate.InvalidAttemptException.Field;
import org.outreach.locate.InvalidAttemptException.Rule;

/**
 * The rules a contact attempt keeps: channel, result and time are required; the time is neither in
 * the future (a minute's grace for clocks) nor before the case was opened; the note is at most
 * {@value #NOTE_MAX_LENGTH} characters.
 */
public final class AttemptRules {

  public static final int NOTE_MAX_LENGTH = 2000;

  /** A browser's clock a little ahead of the server's is not an attempt in the future. */
  static final Duration CLOCK_GRACE = Duration.ofMinutes(1);

  private AttemptRules() {}

  /**
   * @throws InvalidAttemptException naming the first field at fault, in the order of the form
   */
  static void check(NewAttempt attempt, OffsetDateTime caseOpenedAt, OffsetDateTime now) {
    if (attempt == null || attempt.channel() == null) {
      throw new InvalidAttemptException(Field.CHANNEL, Rule.REQUIRED);
    }
    if (attempt.attemptedAt() == null) {
      throw new InvalidAttemptException(Field.ATTEMPTED_AT, Rule.REQUIRED);
    }
    if (attempt.attemptedAt().isAfter(now.plus(CLOCK_GRACE))) {
      throw new InvalidAttemptException(Field.ATTEMPTED_AT, Rule.IN_FUTURE);
    }
    if (caseOpenedAt != null && attempt.attemptedAt().isBefore(caseOpenedAt)) {
      throw new InvalidAttemptException(Field.ATTEMPTED_AT, Rule.BEFORE_CASE_OPENED);
    }
    if (attempt.result() == null) {
      throw new InvalidAttemptException(Field.RESULT, Rule.REQUIRED);
    }
    if (attempt.note() != null && attempt.note().length() > NOTE_MAX_LENGTH) {
      throw new InvalidAttemptException(Field.NOTE, Rule.TOO_LONG);
    }
  }

  /** A blank note is no note. */
  static String noteOf(NewAttempt attempt) {
    String note = attempt.note();
    return note == null || note.isBlank() ? null : note.strip();
  }
}
