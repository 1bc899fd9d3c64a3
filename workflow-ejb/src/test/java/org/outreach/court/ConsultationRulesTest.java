package org.outreach.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.court.InvalidConsultationException.Field;
import org.outreach.court.InvalidConsultationException.Rule;
import org.outreach.processes.CourtAccessProcess;

class ConsultationRulesTest {

  /** Ten in the morning in UTC: already the 3rd east of +14, still the 1st west of -10. */
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  private static final OffsetDateTime OPENED =
      OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final String COUNSEL = "Ana Ruiz";
  private static final String FIRM = "Legal Aid Society";

  @Test
  void anOfferNeedsCounselTheDayAndTheAnswerAndComesBackStripped() {
    NewConsultationOffer checked =
        ConsultationRules.checked(
            new NewConsultationOffer(
                "  " + COUNSEL + " ", FIRM, TODAY, ConsultationOutcome.ACCEPTED, "  "),
            OPENED,
            NOW);
    assertThat(checked.counselName()).isEqualTo(COUNSEL);
    assertThat(checked.note()).as("a blank note is none").isNull();
    offerRefused(
        new NewConsultationOffer(" ", FIRM, TODAY, ConsultationOutcome.ACCEPTED, null),
        Field.COUNSEL_NAME,
        Rule.REQUIRED);
    offerRefused(
        new NewConsultationOffer(COUNSEL, null, TODAY, ConsultationOutcome.ACCEPTED, null),
        Field.COUNSEL_ORGANISATION,
        Rule.REQUIRED);
    offerRefused(
        new NewConsultationOffer(COUNSEL, FIRM, null, ConsultationOutcome.ACCEPTED, null),
        Field.OFFERED_ON,
        Rule.REQUIRED);
    offerRefused(
        new NewConsultationOffer(COUNSEL, FIRM, TODAY, null, null), Field.OUTCOME, Rule.REQUIRED);
    offerRefused(null, Field.COUNSEL_NAME, Rule.REQUIRED);
  }

  @Test
  void theDayOfferedIsNeitherInTheFutureAnywhereNorBeforeTheCase() {
    offerAccepted(TODAY.plusDays(1));
    offerRefused(
        new NewConsultationOffer(
            COUNSEL, FIRM, TODAY.plusDays(2), ConsultationOutcome.DECLINED, null),
        Field.OFFERED_ON,
        Rule.IN_THE_FUTURE);
    offerAccepted(LocalDate.of(2026, 11, 19));
    offerRefused(
        new NewConsultationOffer(
            COUNSEL, FIRM, LocalDate.of(2026, 11, 18), ConsultationOutcome.DECLINED, null),
        Field.OFFERED_ON,
        Rule.BEFORE_THE_CASE);
  }

  @Test
  void namesAreOneLineOfAtMostTwoHundredCharactersAndNotesAtMostTwoThousand() {
    String longest = "a".repeat(ConsultationRules.NAME_MAX_LENGTH);
    ConsultationRules.checked(
        new NewConsultationOffer(longest, longest, TODAY, ConsultationOutcome.ACCEPTED, null),
        OPENED,
        NOW);
    offerRefused(
        new NewConsultationOffer(longest + "a", FIRM, TODAY, ConsultationOutcome.ACCEPTED, null),
        Field.COUNSEL_NAME,
        Rule.TOO_LONG);
    offerRefused(
        new NewConsultationOffer(COUNSEL, "Firm\nB", TODAY, ConsultationOutcome.ACCEPTED, null),
        Field.COUNSEL_ORGANISATION,
        Rule.CONTROL_CHARACTERS);
    String note = "n\n".repeat(ConsultationRules.NOTE_MAX_LENGTH / 2);
    assertThat(
            ConsultationRules.checked(
                    new NewConsultationOffer(
                        COUNSEL, FIRM, TODAY, ConsultationOutcome.ACCEPTED, "x" + note),
                    OPENED,
                    NOW)
                .note())
        .as("a note may span lines")
        .hasSize(ConsultationRules.NOTE_MAX_LENGTH);
    offerRefused(
        new NewConsultationOffer(
            COUNSEL, FIRM, TODAY, ConsultationOutcome.ACCEPTED, "x" + note + "y"),
        Field.NOTE,
        Rule.TOO_LONG);
  }

  @Test
  void theAnswerIsTheValueTheProcessRoutesOn() {
    assertThat(ConsultationOutcome.ACCEPTED.processValue())
        .isEqualTo(CourtAccessProcess.CONSULTATION_ACCEPTED);
    assertThat(ConsultationOutcome.DECLINED.processValue())
        .isEqualTo(CourtAccessProcess.CONSULTATION_DECLINED);
  }

  @Test
  void aConsultationInPersonNeedsItsAddressAndARemoteOneHasNone() {
    OffsetDateTime at = NOW.plusDays(3);
    NewConsultationSchedule inPerson =
        ConsultationRules.checked(
            new NewConsultationSchedule(
                COUNSEL, FIRM, at, ConsultationPlace.IN_PERSON, " 12 Main St, Room 4 ", " "),
            OPENED);
    assertThat(inPerson.address()).isEqualTo("12 Main St, Room 4");
    assertThat(inPerson.note()).isNull();
    ConsultationRules.checked(
        new NewConsultationSchedule(COUNSEL, FIRM, at, ConsultationPlace.REMOTE, " ", "video"),
        OPENED);
    scheduleRefused(
        new NewConsultationSchedule(COUNSEL, FIRM, at, ConsultationPlace.IN_PERSON, " ", null),
        Field.ADDRESS,
        Rule.REQUIRED);
    scheduleRefused(
        new NewConsultationSchedule(COUNSEL, FIRM, at, ConsultationPlace.REMOTE, "12 Main", null),
        Field.ADDRESS,
        Rule.ONLY_IN_PERSON);
    scheduleRefused(
        new NewConsultationSchedule(
            COUNSEL,
            FIRM,
            at,
            ConsultationPlace.IN_PERSON,
            "a".repeat(ConsultationRules.ADDRESS_MAX_LENGTH + 1),
            null),
        Field.ADDRESS,
        Rule.TOO_LONG);
    scheduleRefused(
        new NewConsultationSchedule(COUNSEL, FIRM, at, ConsultationPlace.IN_PERSON, "a\tb", null),
        Field.ADDRESS,
        Rule.CONTROL_CHARACTERS);
    scheduleRefused(
        new NewConsultationSchedule(COUNSEL, FIRM, at, null, null, null),
        Field.PLACE,
        Rule.REQUIRED);
  }

  @Test
  void aScheduleNeedsCounselAndAMomentNotBeforeTheCase() {
    scheduleRefused(
        new NewConsultationSchedule(null, FIRM, NOW, ConsultationPlace.REMOTE, null, null),
        Field.COUNSEL_NAME,
        Rule.REQUIRED);
    scheduleRefused(
        new NewConsultationSchedule(COUNSEL, " ", NOW, ConsultationPlace.REMOTE, null, null),
        Field.COUNSEL_ORGANISATION,
        Rule.REQUIRED);
    scheduleRefused(
        new NewConsultationSchedule(COUNSEL, FIRM, null, ConsultationPlace.REMOTE, null, null),
        Field.SCHEDULED_AT,
        Rule.REQUIRED);
    ConsultationRules.checked(
        new NewConsultationSchedule(COUNSEL, FIRM, OPENED, ConsultationPlace.REMOTE, null, null),
        OPENED);
    scheduleRefused(
        new NewConsultationSchedule(
            COUNSEL, FIRM, OPENED.minusMinutes(1), ConsultationPlace.REMOTE, null, null),
        Field.SCHEDULED_AT,
        Rule.BEFORE_THE_CASE);
  }

  @Test
  void aRefusalNamesTheFieldAndTheRuleNeverTheValue() {
    assertThatThrownBy(
            () ->
                ConsultationRules.checked(
                    new NewConsultationOffer(
                        "Ana\nRuiz", FIRM, TODAY, ConsultationOutcome.ACCEPTED, null),
                    OPENED,
                    NOW))
        .hasMessage("counsel_name: control characters")
        .hasMessageNotContaining("Ana");
    assertThat(
            new NewConsultationOffer(COUNSEL, FIRM, TODAY, ConsultationOutcome.ACCEPTED, "n")
                .toString())
        .doesNotContain(COUNSEL)
        .doesNotContain(FIRM);
    assertThat(
            new NewConsultationSchedule(
                    COUNSEL, FIRM, NOW, ConsultationPlace.IN_PERSON, "12 Main St", "n")
                .toString())
        .doesNotContain(COUNSEL)
        .doesNotContain("Main");
  }

  private static void offerAccepted(LocalDate day) {
    ConsultationRules.checked(
        new NewConsultationOffer(COUNSEL, FIRM, day, ConsultationOutcome.DECLINED, null),
        OPENED,
        NOW);
  }

  private static void offerRefused(NewConsultationOffer offer, Field field, Rule rule) {
    assertThatThrownBy(() -> ConsultationRules.checked(offer, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidConsultationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  private static void scheduleRefused(NewConsultationSchedule schedule, Field field, Rule rule) {
    assertThatThrownBy(() -> ConsultationRules.checked(schedule, OPENED))
        .isInstanceOfSatisfying(
            InvalidConsultationException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }

  @Test
  void aConsultationHeldNeedsADayFromTheCasesOpeningToToday() {
    // today wherever it is already today (the 3rd east of +14), and the opening day wherever it was
    ConsultationRules.checkHeld(TODAY.plusDays(1), OPENED, NOW);
    ConsultationRules.checkHeld(OPENED.toLocalDate().minusDays(1), OPENED, NOW);
    heldRefused(null, InvalidConsultationHeldException.Rule.REQUIRED);
    heldRefused(TODAY.plusDays(2), InvalidConsultationHeldException.Rule.IN_THE_FUTURE);
    heldRefused(
        OPENED.toLocalDate().minusDays(2), InvalidConsultationHeldException.Rule.BEFORE_THE_CASE);
  }

  private static void heldRefused(LocalDate heldOn, InvalidConsultationHeldException.Rule rule) {
    assertThatThrownBy(() -> ConsultationRules.checkHeld(heldOn, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidConsultationHeldException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.getMessage()).startsWith("held on: ").doesNotContain("2026");
            });
  }
}
