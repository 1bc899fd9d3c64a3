package org.outreach.notice.delivery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.outreach.notice.delivery.InvalidPartnerNoticeException.Field;
import org.outreach.notice.delivery.InvalidPartnerNoticeException.Rule;

/**
 * The rules of a partner notice record, in the order of the form. The partner is checked against
 * the person's record by {@link PartnerNotices}. Dates are days as the reader's calendar shows
 * them, and the service does not know the reader's time zone: a day is in the future only when it
 * has not begun anywhere on Earth yet, and before the case only when it had ended everywhere when
 * the case was opened. The page's own limits keep to the campaign's time zone.
 */
final class PartnerNoticeRules {

  /** The first time zone to begin a day. */
  private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

  /** The last time zone to end a day. */
  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(-12);

  private PartnerNoticeRules() {}

  /**
   * @throws InvalidPartnerNoticeException naming the first field at fault
   */
  static void check(NewPartnerNotice notice, OffsetDateTime caseOpened, OffsetDateTime now) {
    if (notice == null || notice.outcome() == null) {
      throw new InvalidPartnerNoticeException(Field.OUTCOME, Rule.REQUIRED);
    }
    if (notice.partner() == null || notice.partner().isBlank()) {
      throw new InvalidPartnerNoticeException(Field.PARTNER, Rule.REQUIRED);
    }
    LocalDate latest = now.atZoneSameInstant(EARLIEST_ZONE).toLocalDate();
    LocalDate earliest =
        caseOpened == null ? null : caseOpened.atZoneSameInstant(LATEST_ZONE).toLocalDate();
    LocalDate asked = notice.askedOn();
    if (asked == null) {
      throw new InvalidPartnerNoticeException(Field.ASKED_ON, Rule.REQUIRED);
    }
    if (asked.isAfter(latest)) {
      throw new InvalidPartnerNoticeException(Field.ASKED_ON, Rule.IN_THE_FUTURE);
    }
    if (earliest != null && asked.isBefore(earliest)) {
      throw new InvalidPartnerNoticeException(Field.ASKED_ON, Rule.BEFORE_THE_CASE);
    }
    LocalDate confirmed = notice.confirmedOn();
    if (confirmed == null && notice.outcome().delivered()) {
      throw new InvalidPartnerNoticeException(Field.CONFIRMED_ON, Rule.NEEDED_TO_CONFIRM);
    }
    if (confirmed != null && confirmed.isAfter(latest)) {
      throw new InvalidPartnerNoticeException(Field.CONFIRMED_ON, Rule.IN_THE_FUTURE);
    }
    if (confirmed != null && confirmed.isBefore(asked)) {
      throw new InvalidPartnerNoticeException(Field.CONFIRMED_ON, Rule.BEFORE_ASKED);
    }
  }
}
