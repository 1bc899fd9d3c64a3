package org.outreach.custody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.outreach.custody.InvalidCustodyReviewException.Field;
import org.outreach.custody.InvalidCustodyReviewException.Rule;

/**
 * The rules of a custody review, in the order of the form: a decision, the day it was taken, and
 * its grounds (required whatever the decision: keeping a person detained is answered for as much as
 * asking for their release), of at most {@value #GROUNDS_MAX_LENGTH} characters once the blanks
 * around them are stripped. The day is a day as the reader's calendar shows it, and the service
 * does not know the reader's time zone: it is in the future only when it has not begun anywhere on
 * Earth yet, and before the task only when it had ended everywhere when the task was opened. The
 * page's own limit keeps to the campaign's time zone.
 */
public final class CustodyReviewRules {

  /** The longest grounds, in characters. */
  public static final int GROUNDS_MAX_LENGTH = 2000;

  /** The first time zone to begin a day. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  /** The last time zone to end a day. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

  private CustodyReviewRules() {}

  /**
   * Answers the grounds as they are kept: without the blanks around them.
   *
   * @param taskOpened when the review task was opened; {@code null} when unknown
   * @throws InvalidCustodyReviewException naming the first field at fault
   */
  static String check(NewCustodyReview review, Instant taskOpened, OffsetDateTime now) {
    if (review == null || review.decision() == null) {
      throw new InvalidCustodyReviewException(Field.DECISION, Rule.REQUIRED);
    }
    LocalDate day = review.decidedOn();
    if (day == null) {
      throw new InvalidCustodyReviewException(Field.DECIDED_ON, Rule.REQUIRED);
    }
    if (day.isAfter(now.atZoneSameInstant(EARLIEST_ZONE).toLocalDate())) {
      throw new InvalidCustodyReviewException(Field.DECIDED_ON, Rule.IN_THE_FUTURE);
    }
    if (taskOpened != null && day.isBefore(taskOpened.atOffset(LATEST_ZONE).toLocalDate())) {
      throw new InvalidCustodyReviewException(Field.DECIDED_ON, Rule.BEFORE_THE_TASK);
    }
    String grounds = review.grounds() == null ? "" : review.grounds().strip();
    if (grounds.isEmpty()) {
      throw new InvalidCustodyReviewException(Field.GROUNDS, Rule.REQUIRED);
    }
    if (grounds.length() > GROUNDS_MAX_LENGTH) {
      throw new InvalidCustodyReviewException(Field.GROUNDS, Rule.TOO_LONG);
    }
    return grounds;
  }

  /**
   * The day a detained person was released: given, not in the future (as for the review's own day)
   * and not before the custody review's decision.
   *
   * @param reviewedOn the day of the case's custody review, the latest if there are several
   * @throws InvalidCustodyReleaseException naming the rule
   */
  static void checkRelease(LocalDate releasedOn, LocalDate reviewedOn, OffsetDateTime now) {
    if (releasedOn == null) {
      throw new InvalidCustodyReleaseException(InvalidCustodyReleaseException.Rule.REQUIRED);
    }
    if (releasedOn.isAfter(now.atZoneSameInstant(EARLIEST_ZONE).toLocalDate())) {
      throw new InvalidCustodyReleaseException(InvalidCustodyReleaseException.Rule.IN_THE_FUTURE);
    }
    if (releasedOn.isBefore(reviewedOn)) {
      throw new InvalidCustodyReleaseException(
          InvalidCustodyReleaseException.Rule.BEFORE_THE_REVIEW);
    }
  }
}
