package org.outreach.campaign;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The campaign's periods and counts, read from system properties, else environment variables, else
 * the defaults the agency committed to. A malformed setting is refused naming the property.
 *
 * @param removalHoldPeriod how long after proven notice the removal hold stands ({@code P30D})
 * @param diligentEffortAttempts locate attempts before a supervisor reviews diligent effort (5)
 * @param courtFilingPeriod from proven notice to the court filing deadline ({@code P30D})
 * @param courtFilingReminder how long before that deadline the legal-access team is reminded
 *     ({@code P7D})
 * @param supervisorsMail where overdue-task notices go
 * @param legalAccessMail where filing-deadline reminders go
 */
public record CampaignSettings(
    Duration removalHoldPeriod,
    int diligentEffortAttempts,
    Duration courtFilingPeriod,
    Duration courtFilingReminder,
    String supervisorsMail,
    String legalAccessMail) {

  public static final String REMOVAL_HOLD_PERIOD = "outreach.removal-hold.period";
  public static final String DILIGENT_EFFORT_ATTEMPTS = "outreach.diligent-effort.attempts";
  public static final String COURT_FILING_PERIOD = "outreach.court-filing.period";
  public static final String COURT_FILING_REMINDER = "outreach.court-filing.reminder";
  public static final String SUPERVISORS_MAIL = "outreach.supervisors.mail";
  public static final String LEGAL_ACCESS_MAIL = "outreach.legal-access.mail";

  public CampaignSettings {
    Objects.requireNonNull(removalHoldPeriod, "removalHoldPeriod");
    Objects.requireNonNull(courtFilingPeriod, "courtFilingPeriod");
    Objects.requireNonNull(courtFilingReminder, "courtFilingReminder");
    Objects.requireNonNull(supervisorsMail, "supervisorsMail");
    Objects.requireNonNull(legalAccessMail, "legalAccessMail");
  }

  /** The settings of this server, read on every call so a changed property takes effect. */
  public static CampaignSettings current() {
    return from(
        name -> {
          String value = System.getProperty(name);
          return value != null ? value : System.getenv(environmentName(name));
        });
  }

  /**
   * The settings as {@code lookup} gives them by property name; {@code null} or blank means the
   * default.
   */
  public static CampaignSettings from(UnaryOperator<String> lookup) {
    return new CampaignSettings(
        positiveDuration(lookup, REMOVAL_HOLD_PERIOD, "P30D"),
        positiveInt(lookup, DILIGENT_EFFORT_ATTEMPTS, 5),
        positiveDuration(lookup, COURT_FILING_PERIOD, "P30D"),
        positiveDuration(lookup, COURT_FILING_REMINDER, "P7D"),
        text(lookup, SUPERVISORS_MAIL, "supervisors@localhost"),
        text(lookup, LEGAL_ACCESS_MAIL, "legal-access@localhost"));
  }

  /** {@code outreach.removal-hold.period} is {@code OUTREACH_REMOVAL_HOLD_PERIOD}. */
  public static String environmentName(String property) {
    return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * The hold period as the processes carry it: an ISO-8601 duration, in whole days when it is
   * ({@code P30D}), else in hours and minutes ({@code PT36H}).
   */
  public String removalHoldPeriodText() {
    long days = removalHoldPeriod.toDays();
    return removalHoldPeriod.equals(Duration.ofDays(days))
        ? "P" + days + "D"
        : removalHoldPeriod.toString();
  }

  private static Duration positiveDuration(
      UnaryOperator<String> lookup, String name, String fallback) {
    String value = valueOr(lookup, name, fallback);
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

  private static int positiveInt(UnaryOperator<String> lookup, String name, int fallback) {
    String value = valueOr(lookup, name, String.valueOf(fallback));
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

  private static String text(UnaryOperator<String> lookup, String name, String fallback) {
    return valueOr(lookup, name, fallback);
  }

  private static String valueOr(UnaryOperator<String> lookup, String name, String fallback) {
    String value = lookup.apply(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
