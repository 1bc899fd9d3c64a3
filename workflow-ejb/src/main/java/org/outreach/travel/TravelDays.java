package org.outreach.travel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Days as the reader's calendar shows them, for a service that does not know the reader's time
 * zone: a day is in the future only when it has not begun anywhere on Earth yet, and in the past
 * (or before the case) only when it had ended everywhere. The pages' own limits keep to the
 * campaign's time zone.
 */
final class TravelDays {

  /** The first time zone to begin a day. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  /** The last time zone to end a day. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

  private TravelDays() {}

  /** The latest day that has begun somewhere at {@code moment}. */
  static LocalDate latest(OffsetDateTime moment) {
    return moment.atZoneSameInstant(EARLIEST_ZONE).toLocalDate();
  }

  /** The earliest day that had not ended everywhere at {@code moment}; none if unknown. */
  static LocalDate earliest(OffsetDateTime moment) {
    return moment == null ? null : moment.atZoneSameInstant(LATEST_ZONE).toLocalDate();
  }

  /** A value as stored: stripped; blank is none. */
  static String stripped(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Whether a one-line value holds a control character (a line break, a tab, a NUL). */
  static boolean hasControlCharacters(String value) {
    return value.codePoints().anyMatch(Character::isISOControl);
  }
}
