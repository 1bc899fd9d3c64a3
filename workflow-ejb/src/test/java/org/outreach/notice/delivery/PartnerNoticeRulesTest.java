package org.outreach.notice.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.notice.delivery.InvalidPartnerNoticeException.Field;
import org.outreach.notice.delivery.InvalidPartnerNoticeException.Rule;

class PartnerNoticeRulesTest {

  /** Ten in the morning in UTC: already the 3rd east of +14, still the 1st west of -10. */
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  private static final OffsetDateTime OPENED =
      OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final String PARTNER = "Casa Alianza";

  @Test
  void aConfirmedNoticeNeedsThePartnerTheDayAskedAndTheDayConfirmed() {
    accepted(new NewPartnerNotice(PartnerOutcome.CONFIRMED, PARTNER, TODAY.minusDays(4), TODAY));
    refused(new NewPartnerNotice(null, PARTNER, TODAY, TODAY), Field.OUTCOME, Rule.REQUIRED);
    refused(
        new NewPartnerNotice(PartnerOutcome.CONFIRMED, "  ", TODAY, TODAY),
        Field.PARTNER,
        Rule.REQUIRED);
    refused(
        new NewPartnerNotice(PartnerOutcome.CONFIRMED, PARTNER, null, TODAY),
        Field.ASKED_ON,
        Rule.REQUIRED);
    refused(
        new NewPartnerNotice(PartnerOutcome.CONFIRMED, PARTNER, TODAY, null),
        Field.CONFIRMED_ON,
        Rule.NEEDED_TO_CONFIRM);
  }

  @Test
  void notDeliveredMayOrMayNotHaveHeardBack() {
    accepted(new NewPartnerNotice(PartnerOutcome.NOT_DELIVERED, PARTNER, TODAY, null));
    accepted(new NewPartnerNotice(PartnerOutcome.NOT_DELIVERED, PARTNER, TODAY, TODAY));
    assertThat(PartnerOutcome.NOT_DELIVERED.delivered()).isFalse();
    assertThat(PartnerOutcome.CONFIRMED.delivered()).isTrue();
  }

  @Test
  void aDayIsInTheFutureOnlyWhereItHasBegunNowhere() {
    accepted(new NewPartnerNotice(PartnerOutcome.NOT_DELIVERED, PARTNER, TODAY.plusDays(1), null));
    refused(
        new NewPartnerNotice(PartnerOutcome.NOT_DELIVERED, PARTNER, TODAY.plusDays(2), null),
        Field.ASKED_ON,
        Rule.IN_THE_FUTURE);
    refused(
        new NewPartnerNotice(PartnerOutcome.CONFIRMED, PARTNER, TODAY, TODAY.plusDays(2)),
        Field.CONFIRMED_ON,
        Rule.IN_THE_FUTURE);
  }

  @Test
  void thePartnerIsAskedAfterTheCaseOpenedAndAnswersAfterItWasAsked() {
    accepted(
        new NewPartnerNotice(
            PartnerOutcome.NOT_DELIVERED, PARTNER, LocalDate.of(2026, 11, 19), null));
    refused(
        new NewPartnerNotice(
            PartnerOutcome.NOT_DELIVERED, PARTNER, LocalDate.of(2026, 11, 18), null),
        Field.ASKED_ON,
        Rule.BEFORE_THE_CASE);
    refused(
        new NewPartnerNotice(PartnerOutcome.CONFIRMED, PARTNER, TODAY, TODAY.minusDays(1)),
        Field.CONFIRMED_ON,
        Rule.BEFORE_ASKED);
  }

  @Test
  void nothingOfTheNoticeIsInItsDescription() {
    assertThat(new NewPartnerNotice(PartnerOutcome.CONFIRMED, PARTNER, TODAY, TODAY).toString())
        .doesNotContain(PARTNER);
  }

  private static void accepted(NewPartnerNotice notice) {
    assertThatCode(() -> PartnerNoticeRules.check(notice, OPENED, NOW)).doesNotThrowAnyException();
  }

  private static void refused(NewPartnerNotice notice, Field field, Rule rule) {
    assertThatThrownBy(() -> PartnerNoticeRules.check(notice, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidPartnerNoticeException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
