package org.outreach.notice.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.documents.DocumentProblem;
import org.outreach.notice.delivery.InvalidDeliveryException;
import org.outreach.web.ConsoleTexts;

/**
 * Every message the hand-delivery form can show beside a field has its words in English and
 * Spanish: the form builds the keys from the field and the rule (or the document's problem), which
 * the page check cannot see.
 */
class HandDeliveryFormTextsTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void everyRefusalTheFormShowsHasItsWords(String language) {
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

  @ParameterizedTest
  @ValueSource(strings = {"en", "es"})
  void theReceiptsHintNamesTheLimit(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String hint =
        ResourceBundle.getBundle(ConsoleTexts.TASKS, locale).getString("delivery.receipt.hint");
    // a page formats it with its argument: an apostrophe would quote the rest and drop the limit
    assertThat(new MessageFormat(hint, locale).format(new Object[] {10L}))
        .contains("10 MiB")
        .doesNotContain("{0}");
  }

  /** The keys a refusal can name: each field with the rules its checks apply to it. */
  private static List<String> keys() {
    List<String> keys = new ArrayList<>();
    keys.add("delivery.error.OUTCOME.REQUIRED");
    for (String rule : List.of("REQUIRED", "IN_THE_FUTURE", "BEFORE_THE_CASE")) {
      keys.add("delivery.error.ATTEMPTED_AT." + rule);
    }
    for (String rule : List.of("REQUIRED", "TOO_LONG", "CONTROL_CHARACTERS")) {
      keys.add("delivery.error.DELIVERED_BY." + rule);
    }
    keys.add("delivery.error.REASON.REQUIRED");
    keys.add("delivery.error.REASON.ONLY_WHEN_NOT_DELIVERED");
    keys.add("delivery.error.RECEIPT.REQUIRED");
    keys.add("delivery.error.RECEIPT.ONLY_WHEN_DELIVERED");
    keys.add("delivery.error.RECEIPT.UNREADABLE");
    for (DocumentProblem problem : DocumentProblem.values()) {
      keys.add("delivery.error.RECEIPT." + problem.name());
    }
    // every field of the exception appears above, so a new field breaks this test
    for (InvalidDeliveryException.Field field : InvalidDeliveryException.Field.values()) {
      assertThat(keys).anyMatch(key -> key.contains(".error." + field.name() + "."));
    }
    return keys;
  }
}
