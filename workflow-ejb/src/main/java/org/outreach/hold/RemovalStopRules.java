package org.outreach.hold;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.outreach.hold.InvalidRemovalStopException.Field;
import org.outreach.hold.InvalidRemovalStopException.Rule;

/**
 * The rules of a removal stop, in the order of the form: who was reached (one line), how, when
 * (neither in the future, with a minute's grace for a browser's clock, nor before the task was
 * opened, to the minute, since moments are entered to the minute), and whether they confirmed the
 * removal is stopped; when they did not, a note of what was said is needed. A note is at most
 * {@value #NOTE_MAX_LENGTH} characters.
 */
public final class RemovalStopRules {

  /** The longest name of an officer or office, in characters. */
  public static final int REACHED_MAX_LENGTH = 200;

  /** The longest note, in characters. */
  public static final int NOTE_MAX_LENGTH = 2000;

  /** A browser's clock a little ahead of the server's is not a moment in the future. */
  static final Duration CLOCK_GRACE = Duration.ofMinutes(1);

  private RemovalStopRules() {}

  /**
   * @param taskOpened when the task was opened; {@code null} when unknown
   * @throws InvalidRemovalStopException naming the first field at fault
   */
  static void check(NewRemovalStop stop, Instant taskOpened, OffsetDateTime now) {
    String reached = stop == null ? null : reachedOf(stop);
    if (reached == null) {
      throw new InvalidRemovalStopException(Field.REACHED, Rule.REQUIRED);
    }
    if (reached.length() > REACHED_MAX_LENGTH) {
      throw new InvalidRemovalStopException(Field.REACHED, Rule.TOO_LONG);
    }
    if (reached.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidRemovalStopException(Field.REACHED, Rule.CONTROL_CHARACTERS);
    }
    if (stop.channel() == null) {
      throw new InvalidRemovalStopException(Field.CHANNEL, Rule.REQUIRED);
    }
    OffsetDateTime at = stop.reachedAt();
    if (at == null) {
      throw new InvalidRemovalStopException(Field.REACHED_AT, Rule.REQUIRED);
    }
    if (at.isAfter(now.plus(CLOCK_GRACE))) {
      throw new InvalidRemovalStopException(Field.REACHED_AT, Rule.IN_THE_FUTURE);
    }
    if (taskOpened != null && at.toInstant().isBefore(taskOpened.truncatedTo(ChronoUnit.MINUTES))) {
      throw new InvalidRemovalStopException(Field.REACHED_AT, Rule.BEFORE_THE_TASK);
    }
    if (stop.stopped() == null) {
      throw new InvalidRemovalStopException(Field.STOPPED, Rule.REQUIRED);
    }
    String note = noteOf(stop);
    if (note == null && !stop.stopped()) {
      throw new InvalidRemovalStopException(Field.NOTE, Rule.NEEDED_WHEN_NOT_STOPPED);
    }
    if (note != null && note.length() > NOTE_MAX_LENGTH) {
      throw new InvalidRemovalStopException(Field.NOTE, Rule.TOO_LONG);
    }
  }

  /** Who was reached, as stored: stripped; blank is none. */
  static String reachedOf(NewRemovalStop stop) {
    String reached = stop.reached();
    return reached == null || reached.isBlank() ? null : reached.strip();
  }

  /** A blank note is no note. */
  static String noteOf(NewRemovalStop stop) {
    String note = stop.note();
    return note == null || note.isBlank() ? null : note.strip();
  }
}
