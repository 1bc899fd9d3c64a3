package org.outreach.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.locate.InvalidAttemptException.Field;
import org.outreach.locate.InvalidAttemptException.Rule;

class AttemptRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime OPENED = NOW.minusDays(3);

  @Test
  void anAttemptBetweenTheOpeningOfTheCaseAndNowIsTaken() {
    assertThatCode(
            () ->
                AttemptRules.check(
                    new NewAttempt(
                        ContactChannel.PHONE, NOW.minusHours(1), ContactResult.NO_ANSWER, "x"),
                    OPENED,
                    NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void channelTimeAndResultAreRequiredInTheOrderOfTheForm() {
    assertRefused(new NewAttempt(null, null, null, null), Field.CHANNEL, Rule.REQUIRED);
    assertRefused(
        new NewAttempt(ContactChannel.EMAIL, null, null, null), Field.ATTEMPTED_AT, Rule.REQUIRED);
    assertRefused(
        new NewAttempt(ContactChannel.EMAIL, NOW, null, null), Field.RESULT, Rule.REQUIRED);
  }

  @Test
  void anAttemptInTheFutureIsRefusedBeyondAMinuteOfClockGrace() {
    assertRefused(
        new NewAttempt(ContactChannel.PHONE, NOW.plusMinutes(2), ContactResult.REACHED, null),
        Field.ATTEMPTED_AT,
        Rule.IN_FUTURE);
    assertThatCode(
            () ->
                AttemptRules.check(
                    new NewAttempt(
                        ContactChannel.PHONE, NOW.plusSeconds(30), ContactResult.REACHED, null),
                    OPENED,
                    NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void anAttemptBeforeTheCaseWasOpenedIsRefused() {
    assertRefused(
        new NewAttempt(
            ContactChannel.ADDRESS_VISIT, OPENED.minusMinutes(1), ContactResult.OTHER, null),
        Field.ATTEMPTED_AT,
        Rule.BEFORE_CASE_OPENED);
  }

  @Test
  void aNoteOfMoreThanTwoThousandCharactersIsRefusedWithoutQuotingIt() {
    String note = "secret".repeat(400);
    assertThatThrownBy(
            () ->
                AttemptRules.check(
                    new NewAttempt(ContactChannel.PHONE, NOW, ContactResult.OTHER, note),
                    OPENED,
                    NOW))
        .isInstanceOfSatisfying(
            InvalidAttemptException.class,
            e -> {
              assertThat(e.field()).isEqualTo(Field.NOTE);
              assertThat(e.rule()).isEqualTo(Rule.TOO_LONG);
              assertThat(e.getMessage()).isEqualTo("note: at most 2000 characters");
            });
    assertThatCode(
            () ->
                AttemptRules.check(
                    new NewAttempt(
                        ContactChannel.PHONE, NOW, ContactResult.OTHER, "n".repeat(2000)),
                    OPENED,
                    NOW))
        .doesNotThrowAnyException();
  }

  @Test
  void aBlankNoteIsNoNoteAndTheToStringShowsNone() {
    NewAttempt attempt = new NewAttempt(ContactChannel.PHONE, NOW, ContactResult.OTHER, "  ");
    assertThat(AttemptRules.noteOf(attempt)).isNull();
    assertThat(new NewAttempt(ContactChannel.PHONE, NOW, ContactResult.OTHER, "secret"))
        .asString()
        .doesNotContain("secret");
  }

  private static void assertRefused(NewAttempt attempt, Field field, Rule rule) {
    assertThatThrownBy(() -> AttemptRules.check(attempt, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidAttemptException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
