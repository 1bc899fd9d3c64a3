package org.outreach.court.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.court.InvalidConsultationException;
import org.outreach.court.InvalidCourtFilingException;
import org.outreach.documents.DocumentProblem;
import org.outreach.web.ConsoleTexts;

/**
 * Every message the court-access forms can show beside a field has its words in English and
 * Spanish: the forms build the keys from the field and the rule, which the page check cannot see.
 */
class CourtFormTextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void everyRefusalTheFormsShowHasItsWords(String language) {
    ResourceBundle words =
        ResourceBundle.getBundle(ConsoleTexts.TASKS, Locale.forLanguageTag(language));
    List<String> missing = new ArrayList<>();
    for (String key : keys()) {
      if (!words.containsKey(key) || words.getString(key).isBlank()) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys without words in " + language).isEmpty();
  }

  @Test
  void aDayEnteredIsReadAsADateAndBlankIsNone() {
    assertThat(CourtFormDays.day(" 2026-12-01 ")).hasToString("2026-12-01");
    assertThat(CourtFormDays.day(" ")).isNull();
    assertThat(CourtFormDays.day(null)).isNull();
  }

  /** The keys a refusal can name: each field with the rules its checks apply to it. */
  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (String name : List.of("COUNSEL_NAME", "COUNSEL_ORGANISATION")) {
      for (String rule : List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTERS")) {
        keys.add("consultationOffer.error." + name + "." + rule);
        keys.add("consultationSchedule.error." + name + "." + rule);
      }
    }
    keys.add("consultationOffer.error.OFFERED_ON.REQUIRED");
    keys.add("consultationOffer.error.OFFERED_ON.IN_THE_FUTURE");
    keys.add("consultationOffer.error.OFFERED_ON.BEFORE_THE_CASE");
    keys.add("consultationOffer.error.OUTCOME.REQUIRED");
    keys.add("consultationOffer.error.NOTE.TOO_LONG");
    keys.add("consultationSchedule.error.SCHEDULED_AT.REQUIRED");
    keys.add("consultationSchedule.error.SCHEDULED_AT.BEFORE_THE_CASE");
    keys.add("consultationSchedule.error.PLACE.REQUIRED");
    for (String rule : List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTERS", "ONLY_IN_PERSON")) {
      keys.add("consultationSchedule.error.ADDRESS." + rule);
    }
    keys.add("consultationSchedule.error.NOTE.TOO_LONG");
    for (String rule : List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTERS")) {
      keys.add("courtFiling.error.COURT." + rule);
    }
    for (String rule : List.of("REQUIRED", "IN_THE_FUTURE", "BEFORE_THE_CASE")) {
      keys.add("courtFiling.error.FILED_ON." + rule);
    }
    for (String rule : List.of("REQUIRED", "TOO_LONG", "NOT_A_CONFIRMATION_NUMBER")) {
      keys.add("courtFiling.error.CONFIRMATION_NUMBER." + rule);
    }
    keys.add("courtFiling.error.FILING.REQUIRED");
    keys.add("courtFiling.error.FILING.UNREADABLE");
    for (DocumentProblem problem : DocumentProblem.values()) {
      keys.add("courtFiling.error.FILING." + problem.name());
    }
    // every field of the exceptions appears above, so a new field breaks this test
    for (InvalidConsultationException.Field field : InvalidConsultationException.Field.values()) {
      assertThat(keys).anyMatch(key -> key.contains(".error." + field.name() + "."));
    }
    for (InvalidCourtFilingException.Field field : InvalidCourtFilingException.Field.values()) {
      assertThat(keys).anyMatch(key -> key.contains(".error." + field.name() + "."));
    }
    return keys;
  }
}
