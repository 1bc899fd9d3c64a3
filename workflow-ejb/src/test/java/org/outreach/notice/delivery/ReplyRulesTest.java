package org.outreach.notice.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.notice.delivery.InvalidReplyException.Field;
import org.outreach.notice.delivery.InvalidReplyException.Rule;

class ReplyRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime OPENED = NOW.minusDays(3);

  @Test
  void aReplyNeedsHowItCameAndWhenWithinTheCase() {
    accepted(new NewReply(ReplyChannel.LETTER, NOW.minusDays(1), true, null));
    accepted(new NewReply(ReplyChannel.IN_PERSON, OPENED, false, "  "));
    accepted(new NewReply(ReplyChannel.PHONE, NOW.plusSeconds(30), false, null));
    refused(new NewReply(null, NOW, true, null), Field.CHANNEL, Rule.REQUIRED);
    refused(null, Field.CHANNEL, Rule.REQUIRED);
    refused(new NewReply(ReplyChannel.EMAIL, null, true, null), Field.RECEIVED_AT, Rule.REQUIRED);
    refused(
        new NewReply(ReplyChannel.EMAIL, NOW.plusMinutes(5), true, null),
        Field.RECEIVED_AT,
        Rule.IN_THE_FUTURE);
    refused(
        new NewReply(ReplyChannel.EMAIL, OPENED.minusSeconds(1), true, null),
        Field.RECEIVED_AT,
        Rule.BEFORE_THE_CASE);
  }

  @Test
  void onlyTheNoticePageRecordsAnAcknowledgmentOnTheNoticePage() {
    refused(
        new NewReply(ReplyChannel.NOTICE_PAGE, NOW, true, null), Field.CHANNEL, Rule.NOT_TYPED_IN);
    assertThat(ReplyChannel.typedIn())
        .doesNotContain(ReplyChannel.NOTICE_PAGE)
        .hasSize(ReplyChannel.values().length - 1);
  }

  @Test
  void theNoteIsAtMostTwoThousandCharactersAndBlankIsNone() {
    accepted(new NewReply(ReplyChannel.PHONE, NOW, false, "x".repeat(2000)));
    refused(
        new NewReply(ReplyChannel.PHONE, NOW, false, "x".repeat(2001)), Field.NOTE, Rule.TOO_LONG);
    assertThat(ReplyRules.noteOf(new NewReply(ReplyChannel.PHONE, NOW, false, " \n "))).isNull();
    assertThat(ReplyRules.noteOf(new NewReply(ReplyChannel.PHONE, NOW, false, " Zqx said ")))
        .isEqualTo("Zqx said");
  }

  @Test
  void aReplyNeverShowsItsNote() {
    assertThat(new NewReply(ReplyChannel.PHONE, NOW, true, "Zqx moved").toString())
        .doesNotContain("Zqx");
  }

  @Test
  void aRefusalNamesFieldAndRuleOnly() {
    assertThatThrownBy(
            () ->
                ReplyRules.check(
                    new NewReply(ReplyChannel.PHONE, NOW, false, "Zqx".repeat(700)), OPENED, NOW))
        .hasMessage("Reply: NOTE TOO_LONG");
  }

  private static void accepted(NewReply reply) {
    assertThatCode(() -> ReplyRules.check(reply, OPENED, NOW)).doesNotThrowAnyException();
  }

  private static void refused(NewReply reply, Field field, Rule rule) {
    assertThatThrownBy(() -> ReplyRules.check(reply, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidReplyException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
