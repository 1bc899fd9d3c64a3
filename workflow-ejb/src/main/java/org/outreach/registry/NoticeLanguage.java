package org.outreach.registry;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * The language a notice is written in: the ISO 639-1 code of the first preferred language that has
 * one ({@code fra} gives {@code fr}), or {@code null}. Notice templates are kept per ISO 639-1
 * code; a language without one (many ISO 639-2 codes) cannot have a template, so the next
 * preference counts. Stored in plain text: it is a process variable anyway, and routing needs it
 * without a decryption.
 */
final class NoticeLanguage {

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private NoticeLanguage() {}

  static String of(List<String> preferredLanguages) {
    for (String language : preferredLanguages) {
      if (language == null) {
        continue;
      }
      String code = TWO_LETTER.get(language.strip().toLowerCase(Locale.ROOT));
      if (code != null) {
        return code;
      }
    }
    return null;
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String twoLetter : Locale.getISOLanguages()) {
      if (twoLetter.length() != 2) {
        continue;
      }
      codes.put(twoLetter, twoLetter);
      try {
        String threeLetter = Locale.forLanguageTag(twoLetter).getISO3Language();
        if (!threeLetter.isEmpty()) {
          codes.putIfAbsent(threeLetter, twoLetter);
        }
      } catch (MissingResourceException e) {
        // no three-letter form: the two-letter code alone maps
      }
    }
    return Map.copyOf(codes);
  }
}
