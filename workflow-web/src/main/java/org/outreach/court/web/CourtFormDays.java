package org.outreach.court.web;

import java.time.LocalDate;
import org.outreach.web.ConsoleDateTimes;

/** The day inputs of the court-access forms: what a {@code date} input sends and its limit. */
final class CourtFormDays {

  private CourtFormDays() {}

  /**
   * A {@code date} input's value; blank is none.
   *
   * @throws java.time.format.DateTimeParseException when it is not a date
   */
  static LocalDate day(String input) {
    return input == null || input.isBlank() ? null : LocalDate.parse(input.strip());
  }

  /** Today in the campaign's time zone, as a {@code date} input takes it: its latest value. */
  static String today() {
    return LocalDate.now(ConsoleDateTimes.zone()).toString();
  }
}
