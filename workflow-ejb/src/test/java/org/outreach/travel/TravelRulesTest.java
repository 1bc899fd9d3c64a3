package org.outreach.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outreach.travel.InvalidTravelRecordException.Field;
import org.outreach.travel.InvalidTravelRecordException.Rule;

/**
 * The rules of the four return-travel records field by field, never quoting a value: through
 * counsel or a partner only, days in their bounds, documents valid after they were issued and not
 * over, a departure not before the booking task.
 */
class TravelRulesTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime CASE_OPENED = NOW.minusDays(20);
  private static final LocalDate TODAY = NOW.toLocalDate();
  private static final NewTravelContact COUNSEL =
      new NewTravelContact(TravelContactKind.COUNSEL, " Ana Ruiz ", " ");

  @Test
  void aWishIsKeptStrippedWithABlankOrganisationAndNoteAsNone() {
    NewReturnWish checked =
        TravelRules.checked(
            new NewReturnWish(COUNSEL, TODAY, ReturnWish.WISHES_TO_RETURN, "  "), CASE_OPENED, NOW);
    assertThat(checked.contact().name()).isEqualTo("Ana Ruiz");
    assertThat(checked.contact().organisation()).isNull();
    assertThat(checked.note()).isNull();
    assertThat(checked.wish().processValue()).isEqualTo("WISHES_TO_RETURN");
  }

  @ParameterizedTest
  @EnumSource(
      value = TravelContactKind.class,
      names = {"HOME_GOVERNMENT", "CONSULATE"})
  void aGovernmentOrConsulateIsNeverTheContact(TravelContactKind kind) {
    NewTravelContact government = new NewTravelContact(kind, "Mr Official", "Ministry");
    assertThat(TravelContactKind.offered()).doesNotContain(kind);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(government, TODAY, ReturnWish.STAYS, null), CASE_OPENED, NOW),
        Field.CONTACT_KIND,
        Rule.GOVERNMENT_OR_CONSULATE);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewArrival(ArrivalOutcome.ARRIVED, TODAY, government, null), CASE_OPENED, NOW),
        Field.CONTACT_KIND,
        Rule.GOVERNMENT_OR_CONSULATE);
    assertRefused(
        () -> TravelRules.checkContactKind(kind), Field.CONTACT_KIND, Rule.GOVERNMENT_OR_CONSULATE);
  }

  @Test
  void aContactNeedsAKindAndANameOnOneLine() {
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(null, TODAY, ReturnWish.STAYS, null), CASE_OPENED, NOW),
        Field.CONTACT_KIND,
        Rule.REQUIRED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(
                    new NewTravelContact(TravelContactKind.PARTNER_ORGANISATION, " ", "Org"),
                    TODAY,
                    ReturnWish.STAYS,
                    null),
                CASE_OPENED,
                NOW),
        Field.CONTACT_NAME,
        Rule.REQUIRED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(
                    new NewTravelContact(TravelContactKind.COUNSEL, "Ana\nRuiz", null),
                    TODAY,
                    ReturnWish.STAYS,
                    null),
                CASE_OPENED,
                NOW),
        Field.CONTACT_NAME,
        Rule.CONTROL_CHARACTERS);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(
                    new NewTravelContact(TravelContactKind.COUNSEL, "Ana", "x".repeat(201)),
                    TODAY,
                    ReturnWish.STAYS,
                    null),
                CASE_OPENED,
                NOW),
        Field.CONTACT_ORGANISATION,
        Rule.TOO_LONG);
  }

  @Test
  void theDayOfTheAnswerIsNeitherInTheFutureNorBeforeTheCase() {
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(COUNSEL, TODAY.plusDays(2), ReturnWish.STAYS, null),
                CASE_OPENED,
                NOW),
        Field.REACHED_ON,
        Rule.IN_THE_FUTURE);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewReturnWish(COUNSEL, TODAY.minusDays(30), ReturnWish.STAYS, null),
                CASE_OPENED,
                NOW),
        Field.REACHED_ON,
        Rule.BEFORE_THE_CASE);
    assertRefused(
        () -> TravelRules.checked(new NewReturnWish(COUNSEL, TODAY, null, null), CASE_OPENED, NOW),
        Field.RETURN_WISH,
        Rule.REQUIRED);
  }

  @Test
  void documentsAreValidAfterTheyWereIssuedAndNotAlreadyOver() {
    NewTravelDocuments valid =
        new NewTravelDocuments(
            TravelDocumentKind.PAROLE,
            " USCIS ",
            TODAY.minusDays(1),
            TODAY.plusDays(90),
            COUNSEL,
            null);
    assertThat(TravelRules.checked(valid, NOW).issuedBy()).isEqualTo("USCIS");
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelDocuments(
                    TravelDocumentKind.PAROLE, "USCIS", TODAY, TODAY, COUNSEL, null),
                NOW),
        Field.VALID_UNTIL,
        Rule.NOT_AFTER_ISSUED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelDocuments(
                    TravelDocumentKind.TRAVEL_DOCUMENT,
                    "Office",
                    TODAY.minusDays(400),
                    TODAY.minusDays(5),
                    COUNSEL,
                    null),
                NOW),
        Field.VALID_UNTIL,
        Rule.EXPIRED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelDocuments(
                    TravelDocumentKind.PAROLE,
                    "USCIS",
                    TODAY.plusDays(3),
                    TODAY.plusDays(90),
                    COUNSEL,
                    null),
                NOW),
        Field.ISSUED_ON,
        Rule.IN_THE_FUTURE);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelDocuments(null, "USCIS", TODAY, TODAY.plusDays(9), COUNSEL, null),
                NOW),
        Field.DOCUMENT_KIND,
        Rule.REQUIRED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelDocuments(
                    TravelDocumentKind.PAROLE, " ", TODAY, TODAY.plusDays(9), COUNSEL, null),
                NOW),
        Field.ISSUED_BY,
        Rule.REQUIRED);
  }

  @Test
  void aDepartureMayBeRecordedLateButNotBeforeTheBookingTaskWasOpened() {
    OffsetDateTime taskOpened = NOW.minusDays(10);
    NewTravelBooking late =
        new NewTravelBooking(
            "Airline", TODAY.minusDays(2), "San Salvador", "Houston", "ABC123", COUNSEL, null);
    assertThat(TravelRules.checked(late, taskOpened).departureOn()).isEqualTo(TODAY.minusDays(2));
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelBooking(
                    "Airline",
                    TODAY.minusDays(12),
                    "San Salvador",
                    "Houston",
                    "ABC123",
                    COUNSEL,
                    null),
                taskOpened),
        Field.DEPARTURE_ON,
        Rule.BEFORE_THE_TASK);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelBooking(
                    "Airline", TODAY, "Houston", " houston ", "ABC123", COUNSEL, null),
                taskOpened),
        Field.TO_PLACE,
        Rule.SAME_PLACE);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelBooking("Airline", TODAY, "A", "B", "x".repeat(65), COUNSEL, null),
                taskOpened),
        Field.BOOKING_REFERENCE,
        Rule.TOO_LONG);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelBooking(" ", TODAY, "A", "B", "R", COUNSEL, null), taskOpened),
        Field.CARRIER,
        Rule.REQUIRED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewTravelBooking("Bus", null, "A", "B", "R", COUNSEL, null), taskOpened),
        Field.DEPARTURE_ON,
        Rule.REQUIRED);
  }

  @Test
  void anArrivalNeedsItsOutcomeAndAPastDayAndANoteIsLimited() {
    assertRefused(
        () -> TravelRules.checked(new NewArrival(null, TODAY, COUNSEL, null), CASE_OPENED, NOW),
        Field.ARRIVAL_OUTCOME,
        Rule.REQUIRED);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewArrival(ArrivalOutcome.ARRIVED, TODAY.plusDays(3), COUNSEL, null),
                CASE_OPENED,
                NOW),
        Field.ARRIVAL_ON,
        Rule.IN_THE_FUTURE);
    assertRefused(
        () ->
            TravelRules.checked(
                new NewArrival(ArrivalOutcome.DID_NOT_TRAVEL, TODAY, COUNSEL, "n".repeat(2001)),
                CASE_OPENED,
                NOW),
        Field.NOTE,
        Rule.TOO_LONG);
  }

  @Test
  void aRefusalNamesFieldAndRuleOnly() {
    InvalidTravelRecordException refused =
        new InvalidTravelRecordException(Field.CONTACT_KIND, Rule.GOVERNMENT_OR_CONSULATE);
    assertThat(refused).hasMessage("contact_kind: government or consulate");
    assertThat(new NewTravelContact(TravelContactKind.COUNSEL, "Ana Ruiz", "Firm").toString())
        .doesNotContain("Ana");
  }

  private static void assertRefused(Runnable check, Field field, Rule rule) {
    assertThatThrownBy(check::run)
        .isInstanceOfSatisfying(
            InvalidTravelRecordException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.rule()).isEqualTo(rule);
            });
  }
}
