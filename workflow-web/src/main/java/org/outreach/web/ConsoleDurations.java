package org.outreach.web;

import java.time.Duration;

/** A time taken as the console shows it, in the page's language. */
public final class ConsoleDurations {

  private ConsoleDurations() {}

  /** Days and hours, hours and minutes, minutes or seconds; a dash for none. */
  public static String shown(Duration taken) {
    if (taken == null) {
      return "–";
    }
    long seconds = taken.toSeconds();
    if (seconds < 60) {
      return ConsoleTexts.text(ConsoleTexts.DASHBOARD, "duration.seconds", seconds);
    }
    long minutes = seconds / 60;
    if (minutes >= 24 * 60) {
      return ConsoleTexts.text(
          ConsoleTexts.DASHBOARD, "duration.daysHours", minutes / (24 * 60), minutes / 60 % 24);
    }
    if (minutes >= 60) {
      return ConsoleTexts.text(
          ConsoleTexts.DASHBOARD, "duration.hoursMinutes", minutes / 60, minutes % 60);
    }
    return ConsoleTexts.text(ConsoleTexts.DASHBOARD, "duration.minutes", minutes);
  }
}
