package org.outreach.hold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.hold.InvalidRemovalStopException.Field;
import org.outreach.hold.InvalidRemovalStopException.Rule;
import org.outreach.processes.OutreachProcess;
import org.outreach.processes.TaskOutcomes;

class RemovalStopRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  /** Opened at 08:30:40: an attempt entered at 08:30 is not before it. */
  private static final Instant TASK_OPENED =
      OffsetDateTime.of(2026, 12, 2, 8, 30, 40, 0, ZoneOffset.UTC).toInstant();

  @Test
  void aConfirmedStopNeedsWhoWasReachedHowAndWhenAndNoNote() {
    accepted(
        stop(" Officer Zqx, ERO field office ", StopChannel.PHONE, NOW.minusHours(1), true, null));
    accepted(stop("Field office", StopChannel.THROUGH_COUNSEL, NOW, true, "confirmed in writing"));
    refused(stop(null, StopChannel.PHONE, NOW, true, null), Field.REACHED, Rule.REQUIRED);
    refused(stop("  ", StopChannel.PHONE, NOW, true, null), Field.REACHED, Rule.REQUIRED);
    refused(null, Field.REACHED, Rule.REQUIRED);
    refused(stop("Officer", null, NOW, true, null), Field.CHANNEL, Rule.REQUIRED);
    refused(stop("Officer", StopChannel.EMAIL, null, true, null), Field.REACHED_AT, Rule.REQUIRED);
    refused(stop("Officer", StopChannel.IN_PERSON, NOW, null, null), Field.STOPPED, Rule.REQUIRED);
  }

  @Test
  void aStopNotConfirmedNeedsANoteOfWhatWasSaid() {
    accepted(stop("Officer", StopChannel.PHONE, NOW, false, "Zqx said the flight stands"));
    refused(
        stop("Officer", StopChannel.PHONE, NOW, false, null),
        Field.NOTE,
        Rule.NEEDED_WHEN_NOT_STOPPED);
    refused(
        stop("Officer", StopChannel.PHONE, NOW, false, " \n "),
        Field.NOTE,
        Rule.NEEDED_WHEN_NOT_STOPPED);
    assertThat(RemovalStopRules.noteOf(stop("Officer", StopChannel.PHONE, NOW, true, "  ")))
        .isNull();
  }

  @Test
  void theMomentIsNeitherInTheFutureNorBeforeTheTaskWasOpened() {
    accepted(stop("Officer", StopChannel.PHONE, NOW.plusSeconds(30), true, null));
    refused(
        stop("Officer", StopChannel.PHONE, NOW.plusMinutes(5), true, null),
        Field.REACHED_AT,
        Rule.IN_THE_FUTURE);
    accepted(
        stop(
            "Officer",
            StopChannel.PHONE,
            OffsetDateTime.of(2026, 12, 2, 8, 30, 0, 0, ZoneOffset.UTC),
            true,
            null));
    refused(
        stop(
            "Officer",
            StopChannel.PHONE,
            OffsetDateTime.of(2026, 12, 2, 8, 29, 0, 0, ZoneOffset.UTC),
            true,
            null),
        Field.REACHED_AT,
        Rule.BEFORE_THE_TASK);
    assertThatCode(
            () ->
                RemovalStopRules.check(
                    stop("Officer", StopChannel.PHONE, NOW.minusDays(30), true, null), null, NOW))
        .as("a task whose opening is unknown bounds nothing")
        .doesNotThrowAnyException();
  }

  @Test
  void whoWasReachedIsOneLineOfAtMost200Characters() {
    accepted(stop("x".repeat(200), StopChannel.EMAIL, NOW, true, null));
    refused(
        stop("x".repeat(201), StopChannel.EMAIL, NOW, true, null), Field.REACHED, Rule.TOO_LONG);
    refused(
        stop("Officer\nSecond line", StopChannel.EMAIL, NOW, true, null),
        Field.REACHED,
        Rule.CONTROL_CHARACTERS);
    assertThat(RemovalStopRules.reachedOf(stop("  Office  ", StopChannel.EMAIL, NOW, true, null)))
        .isEqualTo("Office");
  }

  @Test
  void theNoteHoldsAtMost2000Characters() {
    accepted(stop("Officer", StopChannel.PHONE, NOW, false, "x".repeat(2000)));
    refused(
        stop("Officer", StopChannel.PHONE, NOW, false, "x".repeat(2001)),
        Field.NOTE,
        Rule.TOO_LONG);
  }

  @Test
  void theTaskCompletesWithoutAnOutcomeVariable() {
    assertThat(TaskOutcomes.of(OutreachProcess.TASK_STOP_SCHEDULED_REMOVAL)).isEmpty();
  }

  @Test
  void nothingOfWhoWasReachedOrWhatWasSaidIsInAMessageOrADescription() {
    NewRemovalStop stop = stop("Officer Zqxname", StopChannel.PHONE, NOW, false, "Zqxnote");
    assertThat(stop.toString()).doesNotContain("Zqxname").doesNotContain("Zqxnote");
    assertThatThrownBy(
            () ->
                RemovalStopRules.check(
                    stop("Zqxname".repeat(40), StopChannel.PHONE, NOW, true, null),
                    TASK_OPENED,
                    NOW))
        .hasMessage("reached: too long");
  }

  private static NewRemovalStop stop(
      String reached, StopChannel channel, OffsetDateTime at, Boolean stopped, String note) {
    return new NewRemovalStop(reached, channel, at, stopped, note);
  }

  private static void accepted(NewRemovalStop stop) {
    assertThatCode(() -> RemovalStopRules.check(stop, TASK_OPENED, NOW)).doesNotThrowAnyException();
  }

  private static void refused(NewRemovalStop stop, Field field, Rule rule) {
    assertThatThrownBy(() -> RemovalStopRules.check(stop, TASK_OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidRemovalStopException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
