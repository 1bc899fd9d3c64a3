package org.outreach.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * How long the personal data of a closed case is kept: {@code
 * outreach.retention.closed-case-period} (environment {@code
 * OUTREACH_RETENTION_CLOSED_CASE_PERIOD}), an ISO-8601 period in years, months or days, {@code P3Y}
 * by default, at least a day.
 */
public record RetentionSettings(Period closedCasePeriod) {

  public static final String CLOSED_CASE_PERIOD = "outreach.retention.closed-case-period";

  public RetentionSettings {
    Objects.requireNonNull(closedCasePeriod, "closedCasePeriod");
  }

  /** The settings of this server, read on every call so a changed property takes effect. */
  public static RetentionSettings current() {
    return from(SettingValues.ofServer());
  }

  /** The settings as {@code lookup} gives them; {@code null} or blank means the default. */
  public static RetentionSettings from(UnaryOperator<String> lookup) {
    String value = SettingValues.text(lookup, CLOSED_CASE_PERIOD, "P3Y");
    Period period;
    try {
      period = Period.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          CLOSED_CASE_PERIOD + ": not an ISO-8601 period in years, months or days (such as P3Y)");
    }
    if (period.isNegative() || period.isZero() || daysFrom(period, LocalDate.EPOCH) < 1) {
      throw new IllegalArgumentException(CLOSED_CASE_PERIOD + ": must be a day or longer");
    }
    return new RetentionSettings(period);
  }

  /**
   * The instant before which a case must have closed for its personal data to be erased at {@code
   * now}: the period counted back in UTC calendar days.
   */
  public Instant closedBefore(Instant now) {
    return now.atOffset(ZoneOffset.UTC).minus(closedCasePeriod).toInstant();
  }

  /**
   * The period in whole days from today (UTC), for the engine's history time to live, which counts
   * days only.
   */
  public int days(Instant now) {
    return Math.toIntExact(daysFrom(closedCasePeriod, LocalDate.ofInstant(now, ZoneOffset.UTC)));
  }

  private static long daysFrom(Period period, LocalDate start) {
    return ChronoUnit.DAYS.between(start, start.plus(period));
  }
}
