package org.outreach.notice.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Notice texts of the tests, one file per language under {@code texts/}: the title, a paragraph a
 * line, then the receipt form's heading ({@code receipt:}), statement and fields to fill in.
 */
final class TestTexts {

  static final List<String> LANGUAGES =
      List.of(
          "en", "es", "fr", "ht", "pt", "ru", "zh", "ar", "fa", "ps", "ti", "ln", "hi", "pa", "tr");

  private TestTexts() {}

  static LetterText of(String language, String reference) {
    List<String> lines;
    try (InputStream in = TestTexts.class.getResourceAsStream("texts/" + language + ".txt")) {
      lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("{reference}", reference)
              .lines()
              .filter(line -> !line.isBlank())
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.startsWith("field: ")) {
        body.add(line.substring(7) + ": ____________________");
      } else {
        body.add(line.replaceFirst("^(receipt|statement): ", ""));
      }
    }
    return new LetterText(language, "test-" + language + "-1", lines.get(0), body);
  }
}
