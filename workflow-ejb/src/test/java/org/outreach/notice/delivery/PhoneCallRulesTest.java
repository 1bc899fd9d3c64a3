package org.outreach.notice.delivery;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.notice.delivery.InvalidCallException.Field;
import org.outreach.notice.delivery.InvalidCallException.Rule;

class PhoneCallRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime OPENED = NOW.minusDays(3);
  private static final String PHONE = "+12025550100";

  @Test
  void aNotifiedCallNeedsItsMomentNumberLanguageAndTheNoticeRead() {
    accepted(notified(NOW.minusHours(1), "es", true, false));
    accepted(notified(NOW.minusHours(1), " HT ", true, true));
    refused(
        new NewPhoneCall(null, NOW, PHONE, "es", true, false, null, null),
        Field.OUTCOME,
        Rule.REQUIRED);
    refused(notified(null, "es", true, false), Field.CALLED_AT, Rule.REQUIRED);
    refused(
        new NewPhoneCall(CallOutcome.NOTIFIED, NOW, " ", "es", true, false, null, null),
        Field.PHONE,
        Rule.REQUIRED);
    refused(notified(NOW, null, true, false), Field.LANGUAGE, Rule.REQUIRED);
    refused(notified(NOW, "xx-not", true, false), Field.LANGUAGE, Rule.UNKNOWN_LANGUAGE);
    refused(notified(NOW, "es", false, false), Field.NOTICE_READ, Rule.NEEDED_TO_NOTIFY);
  }

  @Test
  void theMomentIsNeitherInTheFutureNorBeforeTheCase() {
    accepted(notified(NOW.plusSeconds(30), "es", true, false));
    refused(notified(NOW.plusMinutes(5), "es", true, false), Field.CALLED_AT, Rule.IN_THE_FUTURE);
    refused(
        notified(OPENED.minusMinutes(1), "es", true, false), Field.CALLED_AT, Rule.BEFORE_THE_CASE);
  }

  @Test
  void aCallThatDidNotReachThePersonHoldsNothingOfAConversation() {
    accepted(notReached(null));
    refused(
        new NewPhoneCall(CallOutcome.NOT_REACHED, NOW, PHONE, "es", false, false, null, null),
        Field.LANGUAGE,
        Rule.ONLY_WHEN_NOTIFIED);
    refused(
        new NewPhoneCall(CallOutcome.NOT_REACHED, NOW, PHONE, null, true, false, null, null),
        Field.NOTICE_READ,
        Rule.ONLY_WHEN_NOTIFIED);
    refused(
        new NewPhoneCall(CallOutcome.NOT_REACHED, NOW, PHONE, null, false, true, null, null),
        Field.ACKNOWLEDGED,
        Rule.ONLY_WHEN_NOTIFIED);
  }

  @Test
  void aCallBackTimeIsForACallThatDidNotReachThePersonAndComesAfterIt() {
    accepted(notReached(NOW.plusDays(1)));
    refused(notReached(NOW.minusHours(2)), Field.CALL_BACK_AT, Rule.NOT_AFTER_THE_CALL);
    refused(
        new NewPhoneCall(
            CallOutcome.NOTIFIED, NOW, PHONE, "es", true, false, NOW.plusDays(1), null),
        Field.CALL_BACK_AT,
        Rule.ONLY_WHEN_NOT_REACHED);
  }

  @Test
  void theNoteIsOptionalAndBounded() {
    NewPhoneCall blank =
        new NewPhoneCall(CallOutcome.NOT_REACHED, NOW, PHONE, null, false, false, null, "  ");
    accepted(blank);
    org.assertj.core.api.Assertions.assertThat(CallRules.noteOf(blank)).isNull();
    refused(
        new NewPhoneCall(
            CallOutcome.NOT_REACHED,
            NOW,
            PHONE,
            null,
            false,
            false,
            null,
            "x".repeat(CallRules.NOTE_MAX_LENGTH + 1)),
        Field.NOTE,
        Rule.TOO_LONG);
  }

  @Test
  void theLanguageIsKeptAsALowerCaseCodeAndTheCampaignsComeFirstOnTheForm() {
    org.assertj.core.api.Assertions.assertThat(
            CallRules.languageOf(notified(NOW, " HT ", true, false)))
        .isEqualTo("ht");
    org.assertj.core.api.Assertions.assertThat(CallRules.campaignLanguages())
        .startsWith("en", "es")
        .contains("ht", "ar", "pa");
  }

  @Test
  void nothingOfTheCallIsInItsDescription() {
    org.assertj.core.api.Assertions.assertThat(
            new NewPhoneCall(
                    CallOutcome.NOTIFIED, NOW, PHONE, "es", true, true, null, "said the address")
                .toString())
        .doesNotContain(PHONE, "address");
  }

  private static NewPhoneCall notified(
      OffsetDateTime at, String language, boolean read, boolean acknowledged) {
    return new NewPhoneCall(
        CallOutcome.NOTIFIED, at, PHONE, language, read, acknowledged, null, null);
  }

  private static NewPhoneCall notReached(OffsetDateTime callBack) {
    return new NewPhoneCall(
        CallOutcome.NOT_REACHED, NOW.minusHours(1), PHONE, null, false, false, callBack, null);
  }

  private static void accepted(NewPhoneCall call) {
    assertThatCode(() -> CallRules.check(call, OPENED, NOW)).doesNotThrowAnyException();
  }

  private static void refused(NewPhoneCall call, Field field, Rule rule) {
    assertThatThrownBy(() -> CallRules.check(call, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidCallException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
              org.assertj.core.api.Assertions.assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
