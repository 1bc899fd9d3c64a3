package org.outreach.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The dates that count from a proven notice: when the removal hold ends, when the court is due. */
public final class CaseDeadlines {

  /** The court filing deadline and when to remind the legal-access team of it. */
  public record CourtDeadlines(Instant filingDeadline, Instant reminderAt) {}

  private CaseDeadlines() {}

  public static Instant removalHoldEndsAt(Instant noticeProvenAt, Duration holdPeriod) {
    Objects.requireNonNull(noticeProvenAt, "noticeProvenAt");
    requirePositive(holdPeriod, "holdPeriod");
    return noticeProvenAt.plus(holdPeriod);
  }

  /**
   * The deadline is the notice date plus the filing period; the reminder comes {@code reminderLead}
   * before it, but never before the notice itself (a lead longer than the period reminds at once).
   */
  public static CourtDeadlines court(
      Instant noticeProvenAt, Duration filingPeriod, Duration reminderLead) {
    Objects.requireNonNull(noticeProvenAt, "noticeProvenAt");
    requirePositive(filingPeriod, "filingPeriod");
    requirePositive(reminderLead, "reminderLead");
    Instant deadline = noticeProvenAt.plus(filingPeriod);
    Instant reminder = deadline.minus(reminderLead);
    return new CourtDeadlines(
        deadline, reminder.isBefore(noticeProvenAt) ? noticeProvenAt : reminder);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + ": must be longer than zero");
    }
  }
}
