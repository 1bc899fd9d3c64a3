package org.outreach.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outreach.court.InvalidCourtFilingException.Field;
import org.outreach.court.InvalidCourtFilingException.Rule;

class CourtFilingRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime OPENED =
      OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
  private static final String COURT = "Houston Immigration Court";

  @Test
  void aFilingNeedsTheCourtTheDayTheConfirmationAndTheFile() {
    NewCourtFiling checked =
        CourtFilingRules.checked(
            new NewCourtFiling(" " + COURT + " ", TODAY, " EOIR-2026-00417 "), true, OPENED, NOW);
    assertThat(checked.court()).isEqualTo(COURT);
    assertThat(checked.confirmationNumber()).isEqualTo("EOIR-2026-00417");
    refused(new NewCourtFiling(" ", TODAY, "A1"), true, Field.COURT, Rule.REQUIRED);
    refused(new NewCourtFiling(COURT, null, "A1"), true, Field.FILED_ON, Rule.REQUIRED);
    refused(new NewCourtFiling(COURT, TODAY, null), true, Field.CONFIRMATION_NUMBER, Rule.REQUIRED);
    refused(new NewCourtFiling(COURT, TODAY, "A1"), false, Field.FILING, Rule.REQUIRED);
    refused(null, true, Field.COURT, Rule.REQUIRED);
  }

  @Test
  void theDayFiledIsNeitherInTheFutureAnywhereNorBeforeTheCase() {
    CourtFilingRules.checked(new NewCourtFiling(COURT, TODAY.plusDays(1), "A1"), true, OPENED, NOW);
    refused(
        new NewCourtFiling(COURT, TODAY.plusDays(2), "A1"),
        true,
        Field.FILED_ON,
        Rule.IN_THE_FUTURE);
    CourtFilingRules.checked(
        new NewCourtFiling(COURT, LocalDate.of(2026, 11, 19), "A1"), true, OPENED, NOW);
    refused(
        new NewCourtFiling(COURT, LocalDate.of(2026, 11, 18), "A1"),
        true,
        Field.FILED_ON,
        Rule.BEFORE_THE_CASE);
  }

  @Test
  void aConfirmationNumberIsLettersDigitsAndDashesUpToSixtyFour() {
    String longest = "A-" + "9".repeat(CourtFilingRules.CONFIRMATION_MAX_LENGTH - 2);
    CourtFilingRules.checked(new NewCourtFiling(COURT, TODAY, longest), true, OPENED, NOW);
    CourtFilingRules.checked(new NewCourtFiling(COURT, TODAY, "7"), true, OPENED, NOW);
    refused(
        new NewCourtFiling(COURT, TODAY, longest + "9"),
        true,
        Field.CONFIRMATION_NUMBER,
        Rule.TOO_LONG);
    for (String wrong : new String[] {"A 1", "A_1", "A/1", "Nº1", "A1;", "A\n1", "---"}) {
      refused(
          new NewCourtFiling(COURT, TODAY, wrong),
          true,
          Field.CONFIRMATION_NUMBER,
          Rule.NOT_A_CONFIRMATION_NUMBER);
    }
  }

  @Test
  void theCourtIsOneLineOfAtMostTwoHundredCharacters() {
    String longest = "c".repeat(CourtFilingRules.COURT_MAX_LENGTH);
    CourtFilingRules.checked(new NewCourtFiling(longest, TODAY, "A1"), true, OPENED, NOW);
    refused(new NewCourtFiling(longest + "c", TODAY, "A1"), true, Field.COURT, Rule.TOO_LONG);
    refused(
        new NewCourtFiling("Court\u0000B", TODAY, "A1"),
        true,
        Field.COURT,
        Rule.CONTROL_CHARACTERS);
  }

  @Test
  void aRefusalNamesTheFieldAndTheRuleNeverTheValue() {
    assertThatThrownBy(
            () ->
                CourtFilingRules.checked(
                    new NewCourtFiling(COURT, TODAY, "SECRET 42"), true, OPENED, NOW))
        .hasMessage("confirmation_number: not a confirmation number")
        .hasMessageNotContaining("SECRET");
    assertThat(new NewCourtFiling(COURT, TODAY, "EOIR-1").toString())
        .doesNotContain("Houston")
        .doesNotContain("EOIR");
  }

  private static void refused(NewCourtFiling filing, boolean hasFile, Field field, Rule rule) {
    assertThatThrownBy(() -> CourtFilingRules.checked(filing, hasFile, OPENED, NOW))
        .isInstanceOfSatisfying(
            InvalidCourtFilingException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
