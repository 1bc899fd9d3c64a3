package org.outreach.notice.templates;

import java.util.Objects;
import java.util.UUID;

/**
 * A text as it goes out: which approved template version produced it, in which language, the
 * subject (a letter's heading) and the body, and the SHA-256 of exactly that subject and body
 * ({@link #sha256()}), for the proof of notice. {@link #toString()} shows no text.
 *
 * @param templateVersionId the approved version rendered; callers record it with what they send
 * @param templateVersion its number within its type and language (1, 2, ...)
 * @param requestedLanguage the language asked for, as an ISO code, or {@code null} when none or
 *     none that is a language code was given
 * @param language the language rendered: the one asked for, or English when that one has no
 *     approved version ({@link #fellBack()})
 * @param sha256 lower-case hex SHA-256 of the UTF-8 bytes of {@code subject + "\n\n" + body}
 */
public record RenderedText(
    UUID templateVersionId,
    int templateVersion,
    TemplateType type,
    String requestedLanguage,
    TemplateLanguage language,
    String subject,
    String body,
    String sha256) {

  /** How many characters of the body a mail client shows beside the subject, at most. */
  public static final int PREVIEW_LENGTH = 140;

  public RenderedText {
    Objects.requireNonNull(templateVersionId, "templateVersionId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(sha256, "sha256");
  }

  /**
   * English was rendered because the language asked for has no approved version (or is not one
   * notices are kept in). Never for a type kept in English alone.
   */
  public boolean fellBack() {
    return !type.englishOnly()
        && language == TemplateLanguage.EN
        && requestedLanguage != null
        && !requestedLanguage.equals(TemplateLanguage.EN.code());
  }

  /** What a mail client shows beside the subject: the start of the body on one line. */
  public String preview() {
    return TemplateText.preview(body, PREVIEW_LENGTH);
  }

  @Override
  public String toString() {
    return "RenderedText["
        + type
        + " v"
        + templateVersion
        + " "
        + language.code()
        + " ("
        + templateVersionId
        + "), sha256 "
        + sha256
        + "]";
  }
}
