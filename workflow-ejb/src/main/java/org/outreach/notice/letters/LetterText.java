package org.outreach.notice.letters;

import java.util.List;
import java.util.Objects;
import org.outreach.notice.templates.RenderedText;

/**
 * The words of a letter in one language, placeholders filled: a heading and the body's lines (an
 * empty line is a gap between blocks). {@code version} names the template version that produced it
 * and is recorded with the letter.
 */
record LetterText(String language, String version, String title, List<String> lines) {

  LetterText {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(title, "title");
    lines = List.copyOf(lines);
  }

  /** A rendered template: its subject heads the letter, its body's lines follow as written. */
  static LetterText of(RenderedText text) {
    return new LetterText(
        text.language().code(),
        text.templateVersionId().toString(),
        text.subject(),
        text.body().strip().lines().map(String::strip).toList());
  }

  @Override
  public String toString() {
    return "LetterText[" + language + ", " + version + "]";
  }
}
