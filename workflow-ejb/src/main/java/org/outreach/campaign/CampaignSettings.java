package org.outreach.campaign;

import java.time.Duration;
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
    return from(SettingValues.ofServer());
  }

  /**
   * The settings as {@code lookup} gives them by property name; {@code null} or blank means the
   * default.
   */
  public static CampaignSettings from(UnaryOperator<String> lookup) {
    return new CampaignSettings(
        SettingValues.positiveDuration(lookup, REMOVAL_HOLD_PERIOD, "P30D"),
        SettingValues.positiveInt(lookup, DILIGENT_EFFORT_ATTEMPTS, 5),
        SettingValues.positiveDuration(lookup, COURT_FILING_PERIOD, "P30D"),
        SettingValues.positiveDuration(lookup, COURT_FILING_REMINDER, "P7D"),
        SettingValues.text(lookup, SUPERVISORS_MAIL, "supervisors@localhost"),
        SettingValues.text(lookup, LEGAL_ACCESS_MAIL, "legal-access@localhost"));
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
}
