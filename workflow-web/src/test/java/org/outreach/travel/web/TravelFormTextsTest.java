package org.outreach.travel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.travel.ArrivalOutcome;
import org.outreach.travel.InvalidTravelRecordException.Field;
import org.outreach.travel.InvalidTravelRecordException.Rule;
import org.outreach.travel.ReturnWish;
import org.outreach.travel.TravelContactKind;
import org.outreach.travel.TravelDocumentKind;
import org.outreach.web.ConsoleTexts;

/**
 * Every message the return-travel forms can show beside a field, and every choice they offer, has
 * its words in English and Spanish: the forms build the keys from the field and the rule, which the
 * page check cannot see. A government or consulate has no words as a choice: it is offered nowhere.
 */
class TravelFormTextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void everyRefusalAndChoiceTheFormsShowHasItsWords(String language) {
    ResourceBundle words =
        ResourceBundle.getBundle(ConsoleTexts.TASKS, Locale.forLanguageTag(language));
    List<String> missing = new ArrayList<>();
    for (String key : keys()) {
      if (!words.containsKey(key) || words.getString(key).isBlank()) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys without words in " + language).isEmpty();
    assertThat(words.containsKey("travelContact.kind." + TravelContactKind.CONSULATE)).isFalse();
    assertThat(words.containsKey("travelContact.kind." + TravelContactKind.HOME_GOVERNMENT))
        .isFalse();
  }

  @Test
  void aRefusalFindsItsFieldByName() {
    ReturnWishForm wish = new ReturnWishForm();
    assertThat(wish.fieldId(Field.CONTACT_KIND)).isEqualTo("wish-contact-kind");
    assertThat(new TravelBookingForm().fieldId(Field.BOOKING_REFERENCE))
        .isEqualTo("booking-booking-reference");
    assertThat(TravelForm.errorKey(Field.CONTACT_KIND, Rule.GOVERNMENT_OR_CONSULATE))
        .isEqualTo("travel.error.CONTACT_KIND.GOVERNMENT_OR_CONSULATE");
    assertThat(wish.getContactKinds())
        .containsExactly(TravelContactKind.COUNSEL, TravelContactKind.PARTNER_ORGANISATION);
    assertThat(TravelForm.day(" 2026-12-01 ")).hasToString("2026-12-01");
    assertThat(TravelForm.day(" ")).isNull();
  }

  /** The keys a form can name: each field with the rules its checks apply to it, each choice. */
  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    List<String> line = List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTERS");
    for (Field field :
        List.of(
            Field.CONTACT_NAME,
            Field.ISSUED_BY,
            Field.CARRIER,
            Field.FROM_PLACE,
            Field.TO_PLACE,
            Field.BOOKING_REFERENCE)) {
      line.forEach(rule -> keys.add("travel.error." + field + "." + rule));
    }
    keys.add("travel.error.CONTACT_ORGANISATION.TOO_LONG");
    keys.add("travel.error.CONTACT_ORGANISATION.CONTROL_CHARACTERS");
    keys.add("travel.error.CONTACT_KIND.REQUIRED");
    keys.add("travel.error.CONTACT_KIND.GOVERNMENT_OR_CONSULATE");
    for (Field day : List.of(Field.REACHED_ON, Field.ARRIVAL_ON)) {
      for (String rule : List.of("REQUIRED", "IN_THE_FUTURE", "BEFORE_THE_CASE")) {
        keys.add("travel.error." + day + "." + rule);
      }
    }
    keys.add("travel.error.RETURN_WISH.REQUIRED");
    keys.add("travel.error.DOCUMENT_KIND.REQUIRED");
    keys.add("travel.error.ISSUED_ON.REQUIRED");
    keys.add("travel.error.ISSUED_ON.IN_THE_FUTURE");
    for (String rule : List.of("REQUIRED", "NOT_AFTER_ISSUED", "EXPIRED")) {
      keys.add("travel.error.VALID_UNTIL." + rule);
    }
    keys.add("travel.error.DEPARTURE_ON.REQUIRED");
    keys.add("travel.error.DEPARTURE_ON.BEFORE_THE_TASK");
    keys.add("travel.error.TO_PLACE.SAME_PLACE");
    keys.add("travel.error.ARRIVAL_OUTCOME.REQUIRED");
    keys.add("travel.error.NOTE.TOO_LONG");
    for (TravelContactKind kind : TravelContactKind.offered()) {
      keys.add("travelContact.kind." + kind);
    }
    for (ReturnWish wish : ReturnWish.values()) {
      keys.add("travelWish.answer." + wish);
    }
    for (TravelDocumentKind kind : TravelDocumentKind.values()) {
      keys.add("travelDocuments.kind." + kind);
    }
    for (ArrivalOutcome outcome : ArrivalOutcome.values()) {
      keys.add("travelArrival.outcome." + outcome);
    }
    // every field of the exception appears above, so a new field breaks this test
    for (Field field : Field.values()) {
      assertThat(keys).anyMatch(key -> key.contains(".error." + field.name() + "."));
    }
    return keys;
  }
}
