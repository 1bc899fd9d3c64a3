package org.outreach.notice.page;

import java.util.List;
import java.util.Objects;

/**
 * The notice in one language as the page shows it.
 *
 * @param language ISO 639-1 code, for the page's {@code lang} attribute
 * @param rightToLeft whether the language is written right to left
 * @param heading the text's heading (its subject)
 * @param paragraphs the body, split at blank lines; a paragraph may hold line breaks
 */
public record PageText(
    String language, boolean rightToLeft, String heading, List<String> paragraphs) {

  public PageText {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(heading, "heading");
    paragraphs = List.copyOf(paragraphs);
  }

  // Jakarta Expression Language 5 reads properties through getters only

  public String getLanguage() {
    return language;
  }

  public boolean isRightToLeft() {
    return rightToLeft;
  }

  public String getHeading() {
    return heading;
  }

  public List<String> getParagraphs() {
    return paragraphs;
  }

  @Override
  public String toString() {
    return "PageText[" + language + ", " + paragraphs.size() + " paragraphs]";
  }
}
