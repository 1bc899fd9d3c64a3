package org.outreach.notice.letters;

import java.util.ArrayList;
import java.util.List;
import org.outreach.notice.templates.NoticeTexts;
import org.outreach.notice.templates.RenderedText;
import org.outreach.notice.templates.TemplateLanguage;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateValues;

/**
 * A letter's words in the person's language and in English, from the approved templates. When the
 * person's language has no approved version, the letter is in English alone.
 */
final class LetterWording {

  private LetterWording() {}

  static List<LetterText> of(
      NoticeTexts texts, TemplateType type, String language, TemplateValues values) {
    RenderedText own = texts.render(type, language, values);
    List<LetterText> wording = new ArrayList<>(2);
    wording.add(LetterText.of(own));
    if (own.language() != TemplateLanguage.EN) {
      wording.add(LetterText.of(texts.render(type, TemplateLanguage.EN.code(), values)));
    }
    return wording;
  }

  /** The version of the English text beside the person's language, or null for English alone. */
  static String englishVersion(List<LetterText> wording) {
    return wording.size() > 1 ? wording.get(1).version() : null;
  }
}
