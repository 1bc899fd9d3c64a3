package org.outreach.campaign;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How the server's settings are read: a system property, else the environment variable of the same
 * name ({@code outreach.removal-hold.period} is {@code OUTREACH_REMOVAL_HOLD_PERIOD}), else the
 * default; a blank value is the default. A malformed value is refused naming the property, never
 * echoing the value.
 */
public final class SettingValues {

  private SettingValues() {}

  /** This server's settings, read on every call so a changed property takes effect. */
  public static UnaryOperator<String> ofServer() {
    return name -> {
      String value = System.getProperty(name);
      return value != null ? value : System.getenv(environmentName(name));
    };
  }

  /** {@code outreach.removal-hold.period} is {@code OUTREACH_REMOVAL_HOLD_PERIOD}. */
  public static String environmentName(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public static String text(UnaryOperator<String> lookup, String name, String fallback) {
    String value = lookup.apply(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  /** An ISO-8601 duration longer than zero. */
  public static Duration positiveDuration(
      UnaryOperator<String> lookup, String name, String fallback) {
    String value = text(lookup, name, fallback);
    Duration duration;
    try {
      duration = Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + ": not an ISO-8601 duration in days, hours or minutes (such as P30D)");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + ": must be longer than zero");
    }
    return duration;
  }

  /** A whole number of 1 or more. */
  public static int positiveInt(UnaryOperator<String> lookup, String name, int fallback) {
    String value = text(lookup, name, String.valueOf(fallback));
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + ": not a whole number");
    }
    if (number < 1) {
      throw new IllegalArgumentException(name + ": must be 1 or more");
    }
    return number;
  }

  /** {@code true} or {@code false}, in any case. */
  public static boolean flag(UnaryOperator<String> lookup, String name, boolean fallback) {
    return switch (text(lookup, name, String.valueOf(fallback)).toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(name + ": must be true or false");
    };
  }
}
