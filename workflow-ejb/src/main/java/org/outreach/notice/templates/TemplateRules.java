package org.outreach.notice.templates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.outreach.campaign.CampaignSettings;

/**
 * What a text may say and take, in one place: checked when a text is seeded, when it is approved
 * and when it is rendered. A text names only known placeholders, and a translation the same ones as
 * English; a type that travels by email takes no personal data and holds no word of the
 * safe-wording list, in its template or once filled in.
 */
public final class TemplateRules {

  private TemplateRules() {}

  /** Whether texts of {@code type} may name {@code placeholder}: the one rule for personal data. */
  public static boolean mayTake(TemplateType type, Placeholder placeholder) {
    return !(type.travelsByEmail() && placeholder.personal());
  }

  /**
   * Everything wrong with a text for a type and a language; empty when it may be stored.
   *
   * @param englishPlaceholders the placeholders of the type's English text, which every translation
   *     must name too; ignored for English itself
   */
  public static List<String> problems(
      TemplateType type,
      TemplateLanguage language,
      String canonical,
      Set<Placeholder> englishPlaceholders,
      SafeWording words) {
    List<String> problems = new ArrayList<>();
    if (!type.languages().contains(language)) {
      problems.add(type + " is kept in English only");
    }
    TemplateText text;
    try {
      text = TemplateText.parse(canonical);
    } catch (NoticeTextException e) {
      problems.add(e.getMessage());
      return problems;
    }
    text.unknownPlaceholders().forEach(name -> problems.add("unknown placeholder " + name));
    if (text.hasStrayBrace()) {
      problems.add("a brace that opens or closes no placeholder");
    }
    for (Placeholder placeholder : text.placeholders()) {
      if (!mayTake(type, placeholder)) {
        problems.add(personalDataRefused(type, placeholder));
      }
    }
    if (language != TemplateLanguage.EN && !text.placeholders().equals(englishPlaceholders)) {
      Set<Placeholder> missing = EnumSet.noneOf(Placeholder.class);
      missing.addAll(englishPlaceholders);
      missing.removeAll(text.placeholders());
      Set<Placeholder> extra = EnumSet.noneOf(Placeholder.class);
      extra.addAll(text.placeholders());
      extra.removeAll(englishPlaceholders);
      problems.add(
          "its placeholders differ from the English text's (missing "
              + missing
              + ", not in English "
              + extra
              + ")");
    }
    if (type.travelsByEmail()) {
      unsafeWord(text, words).ifPresent(problems::add);
    }
    return problems;
  }

  /**
   * The values a text is filled with: the caller's for the case placeholders, the configuration's
   * for the others, each only if the text names it.
   *
   * @throws NoticeTextException naming the placeholder when the caller gives personal data to a
   *     type that travels by email, or gives no value for a placeholder the text names
   */
  static Map<Placeholder, String> values(
      TemplateType type,
      TemplateLanguage language,
      Set<Placeholder> named,
      TemplateValues given,
      NoticeSettings notice,
      CampaignSettings campaign) {
    for (Placeholder placeholder : given.placeholders()) {
      if (!mayTake(type, placeholder)) {
        throw new NoticeTextException(personalDataRefused(type, placeholder));
      }
    }
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    for (Placeholder placeholder : named) {
      String value =
          switch (placeholder) {
            case REMOVAL_HOLD_PERIOD -> PeriodPhrases.of(campaign.removalHoldPeriod(), language);
            case COURT_FILING_PERIOD -> PeriodPhrases.of(campaign.courtFilingPeriod(), language);
            case OUTREACH_PHONE -> notice.outreachPhone();
            case OUTREACH_EMAIL -> notice.outreachMail();
            case NOTICE_PAGE_ADDRESS -> notice.noticePageAddress();
            case CASE_REFERENCE, PERSON_NAME, A_NUMBER ->
                given
                    .get(placeholder)
                    .orElseThrow(
                        () ->
                            new NoticeTextException(
                                type
                                    + " in "
                                    + language.code()
                                    + ": no value for placeholder "
                                    + placeholder));
          };
      values.put(placeholder, value);
    }
    return values;
  }

  /**
   * Refuses a filled text that travels by email and holds a word of the list (from the template, or
   * from a value such as a configured address).
   */
  static void checkFilled(TemplateType type, TemplateLanguage language, TemplateText filled) {
    if (type.travelsByEmail()) {
      unsafeWord(filled, SafeWording.fromRepository())
          .ifPresent(
              problem -> {
                throw new NoticeTextException(
                    type + " in " + language.code() + ", as filled in: " + problem);
              });
    }
  }

  private static Optional<String> unsafeWord(TemplateText text, SafeWording words) {
    return words
        .firstIn(text.subject())
        .map(
            word ->
                "the subject holds \""
                    + word.written()
                    + "\" ("
                    + word.language()
                    + ") of the safe-wording list")
        .or(
            () ->
                words
                    .firstIn(text.body())
                    .map(
                        word ->
                            "the body holds \""
                                + word.written()
                                + "\" ("
                                + word.language()
                                + ") of the safe-wording list"));
  }

  private static String personalDataRefused(TemplateType type, Placeholder placeholder) {
    return type + " travels by email and never takes personal data such as " + placeholder;
  }
}
