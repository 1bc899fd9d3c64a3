package org.outreach.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.outreach.campaign.CampaignSettings;

/** The texts kept in the repository: complete, within the rules, and safe where they must be. */
class RepositoryTextsTest {

  private static final SafeWording LIST = SafeWording.fromRepository();
  private static final NoticeSettings DEFAULTS = NoticeSettings.from(name -> null);
  private static final CampaignSettings CAMPAIGN = CampaignSettings.from(name -> null);

  @Test
  void everyTypeIsKeptInEachOfItsLanguagesAndEveryTextPassesTheRules() {
    List<RepositoryTexts.Seed> seeds = RepositoryTexts.all();

    assertThat(seeds).hasSize(7 * TemplateLanguage.values().length + 1);
    for (RepositoryTexts.Seed seed : seeds) {
      assertThat(seed.problems()).as("%s in %s", seed.type(), seed.language()).isEmpty();
    }
  }

  /**
   * The check: the subject, the preview and the body of every text that travels by email,
   * in every language, as the template and as sent, hold no word of the list.
   */
  @ParameterizedTest
  @EnumSource(TemplateLanguage.class)
  void textsThatTravelByEmailHoldNoWordOfTheListInSubjectPreviewOrBody(TemplateLanguage language) {
    for (TemplateType type : TemplateType.values()) {
      if (!type.travelsByEmail()) {
        continue;
      }
      String template = RepositoryTexts.read(type, language).orElseThrow();
      TemplateText text = TemplateText.parse(template);
      RenderedText sent = render(type, language, template);

      for (String part :
          List.of(text.subject(), text.body(), sent.subject(), sent.preview(), sent.body())) {
        assertThat(LIST.allIn(part)).as("%s in %s: %s", type, language, part).isEmpty();
      }
      assertThat(sent.subject()).contains("OC-7K2M-9QXD");
      assertThat(sent.body())
          .contains("OC-7K2M-9QXD")
          .contains(DEFAULTS.noticePageAddress())
          .contains(DEFAULTS.outreachPhone())
          .contains(DEFAULTS.outreachMail());
    }
  }

  @Test
  void textsThatAreNotEmailedMayNameWhatHappenedAndSoTheListWouldFindThem() {
    // the list is not vacuous: the full notice, which only travels by letter, by hand or behind
    // the page, says what an email must not, and the list finds it in every language
    for (TemplateLanguage language : TemplateLanguage.values()) {
      String notice = RepositoryTexts.read(TemplateType.NOTICE, language).orElseThrow();
      assertThat(LIST.allIn(notice)).as("the notice in %s", language).isNotEmpty();
    }
  }

  @Test
  void everyTextFillsInCompletelyInEveryLanguageAndWritesNoNumberItself() {
    for (RepositoryTexts.Seed seed : RepositoryTexts.all()) {
      String withoutPlaceholders = seed.text().replaceAll("\\{[A-Z_]+\\}", "");
      assertThat(withoutPlaceholders.codePoints().filter(Character::isDigit).count())
          .as("digits in %s %s (periods come from the configuration)", seed.type(), seed.language())
          .isZero();

      RenderedText rendered = render(seed.type(), seed.language(), seed.text());

      assertThat(rendered.subject() + rendered.body())
          .as("%s in %s", seed.type(), seed.language())
          .doesNotContain("{")
          .doesNotContain("}");
      if (TemplateText.parse(seed.text())
          .placeholders()
          .contains(Placeholder.REMOVAL_HOLD_PERIOD)) {
        assertThat(rendered.body())
            .contains(PeriodPhrases.of(CAMPAIGN.removalHoldPeriod(), seed.language()));
      }
    }
  }

  private static RenderedText render(TemplateType type, TemplateLanguage language, String text) {
    TemplateValues values = TemplateValues.caseReference("OC-7K2M-9QXD");
    for (Map.Entry<Placeholder, String> personal :
        Map.of(Placeholder.PERSON_NAME, "Ana Marker", Placeholder.A_NUMBER, "990000001")
            .entrySet()) {
      if (TemplateRules.mayTake(type, personal.getKey())) {
        values = values.with(personal.getKey(), personal.getValue());
      }
    }
    return new StoredText(UUID.randomUUID(), 1, type, language, text)
        .render(language.code(), values, DEFAULTS, CAMPAIGN);
  }
}
