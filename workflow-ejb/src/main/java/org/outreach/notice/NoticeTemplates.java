package org.outreach.notice;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Notice texts, one resource per kind and language ({@code templates/email_es.txt}), English when a
 * language has none. A template's first line is the subject, the rest the body. The only value a
 * template can receive is the case reference ({@code {reference}}): no personal data can reach a
 * subject or a body through it.
 */
public final class NoticeTemplates {

  /** Which text: to the person, or the copy to their attorney. */
  public enum Kind {
    EMAIL,
    ATTORNEY
  }

  /** A rendered notice. */
  public record Rendered(String language, String subject, String body) {}

  static final String FALLBACK_LANGUAGE = "en";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  private NoticeTemplates() {}

  public static Rendered render(Kind kind, String language, String caseReference) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseReference, "caseReference");
    String usedLanguage = normalised(language);
    Optional<String> text = load(kind, usedLanguage);
    if (text.isEmpty()) {
      usedLanguage = FALLBACK_LANGUAGE;
      text = load(kind, FALLBACK_LANGUAGE);
    }
    String template =
        text.orElseThrow(() -> new IllegalStateException("No English template for " + kind));
    int subjectEnd = template.indexOf('\n');
    if (subjectEnd < 0) {
      throw new IllegalStateException("Template " + kind + "/" + usedLanguage + " has no body");
    }
    String subject = template.substring(0, subjectEnd).strip();
    String body = template.substring(subjectEnd + 1).strip() + "\n";
    return new Rendered(
        usedLanguage,
        subject.replace("{reference}", caseReference),
        body.replace("{reference}", caseReference));
  }

  /** The language a letter is queued in: the person's if it is a code, else English. */
  static String letterLanguage(String language) {
    return normalised(language);
  }

  private static String normalised(String language) {
    if (language == null) {
      return FALLBACK_LANGUAGE;
    }
    String code = language.strip().toLowerCase(Locale.ROOT);
    return LANGUAGE.matcher(code).matches() ? code : FALLBACK_LANGUAGE;
  }

  private static Optional<String> load(Kind kind, String language) {
    String name = "templates/" + kind.name().toLowerCase(Locale.ROOT) + "_" + language + ".txt";
    try (InputStream in = NoticeTemplates.class.getResourceAsStream(name)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
