package org.outreach.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rules every piece of text a person types must keep, wherever it is typed (the registry's
 * records, the console's forms, the REST doors' bodies): it is stored in Unicode NFC, so text typed
 * with combining accents is stored, compared and indexed like its precomposed spelling; and it
 * holds no bidirectional control, which would make a page or a letter show it in another order than
 * it is stored and searched (a name made to read as another), and no control character but line
 * breaks and tabs. Zero-width joiner and non-joiner are letters' business in Persian and Indic
 * scripts and are kept.
 */
public final class FreeText {

  /** The rule a bidirectional control breaks, as problems name it. */
  public static final String BIDI_RULE =
      "must not contain bidirectional control characters (U+200E, U+200F, U+061C, U+202A to"
          + " U+202E, U+2066 to U+2069)";

  /** The rule a control character breaks. */
  public static final String CONTROL_RULE = "must not contain control characters";

  private FreeText() {}

  /** The text in NFC; null stays null. */
  public static String normalised(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The rule the text breaks, if it breaks one; line breaks and tabs are allowed. */
  public static Optional<String> brokenRule(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.codePoints().anyMatch(FreeText::isBidiControl)) {
      return Optional.of(BIDI_RULE);
    }
    if (text.codePoints()
        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      return Optional.of(CONTROL_RULE);
    }
    return Optional.empty();
  }

  /**
   * The marks, embeddings, overrides and isolates of the Unicode bidirectional algorithm (UAX #9).
   */
  public static boolean isBidiControl(int codePoint) {
    return codePoint == 0x200E
        || codePoint == 0x200F
        || codePoint == 0x061C
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }
}
