package org.outreach.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.outreach.campaign.CampaignSettings;

class TemplateRulesTest {

  private static final SafeWording WORDS = SafeWording.fromRepository();
  private static final Set<Placeholder> REFERENCE_ONLY = EnumSet.of(Placeholder.CASE_REFERENCE);
  private static final String REFERENCE = "OC-7K2M-9QXD";

  private static final NoticeSettings NOTICE =
      NoticeSettings.from(
          Map.of(
                  NoticeSettings.OUTREACH_PHONE, "+1 202 555 0199",
                  NoticeSettings.OUTREACH_MAIL, "team@outreach.test",
                  NoticeSettings.NOTICE_PAGE_ADDRESS, "https://outreach.test/n")
              ::get);
  private static final CampaignSettings CAMPAIGN =
      CampaignSettings.from(
          Map.of(
                  CampaignSettings.REMOVAL_HOLD_PERIOD, "P45D",
                  CampaignSettings.COURT_FILING_PERIOD, "P21D")
              ::get);

  @Test
  void aWellFormedTextHasNoProblems() {
    assertThat(
            TemplateRules.problems(
                TemplateType.NEUTRAL_EMAIL,
                TemplateLanguage.ES,
                "Carta {CASE_REFERENCE}\n\nHola. Su referencia es {CASE_REFERENCE}.\n",
                REFERENCE_ONLY,
                WORDS))
        .isEmpty();
  }

  @Test
  void anUnknownPlaceholderOrAStrayBraceIsRefused() {
    assertThat(
            TemplateRules.problems(
                TemplateType.NOTICE,
                TemplateLanguage.EN,
                "Notice {CASE_REFERENCE}\n\nDear {FIRST_NAME}, see {case_reference} {\n",
                REFERENCE_ONLY,
                WORDS))
        .containsExactly(
            "unknown placeholder {FIRST_NAME}",
            "unknown placeholder {case_reference}",
            "a brace that opens or closes no placeholder");
  }

  @Test
  void aTranslationWhosePlaceholdersDifferFromEnglishIsRefused() {
    List<String> problems =
        TemplateRules.problems(
            TemplateType.NOTICE,
            TemplateLanguage.FR,
            "Avis\n\nAppelez le {OUTREACH_PHONE}.\n",
            REFERENCE_ONLY,
            WORDS);

    assertThat(problems)
        .singleElement()
        .isEqualTo(
            "its placeholders differ from the English text's (missing [CASE_REFERENCE], not in"
                + " English [OUTREACH_PHONE])");
  }

  @Test
  void aTypeThatTravelsByEmailNeverNamesPersonalData() {
    assertThat(
            TemplateRules.problems(
                TemplateType.NEUTRAL_EMAIL,
                TemplateLanguage.EN,
                "Hello {PERSON_NAME}\n\nYour reference {CASE_REFERENCE}, {A_NUMBER}.\n",
                EnumSet.of(
                    Placeholder.CASE_REFERENCE, Placeholder.PERSON_NAME, Placeholder.A_NUMBER),
                WORDS))
        .containsExactly(
            "NEUTRAL_EMAIL travels by email and never takes personal data such as PERSON_NAME",
            "NEUTRAL_EMAIL travels by email and never takes personal data such as A_NUMBER");
    // letters may: the in-custody notice names the person on its receipt form
    assertThat(TemplateRules.mayTake(TemplateType.IN_CUSTODY_NOTICE, Placeholder.PERSON_NAME))
        .isTrue();
    for (TemplateType type : TemplateType.values()) {
      for (Placeholder placeholder : Placeholder.values()) {
        assertThat(TemplateRules.mayTake(type, placeholder))
            .as("%s takes %s", type, placeholder)
            .isEqualTo(!(type.travelsByEmail() && placeholder.personal()));
      }
    }
  }

  @Test
  void aTypeThatTravelsByEmailHoldsNoWordOfTheListInSubjectOrBody() {
    assertThat(
            TemplateRules.problems(
                TemplateType.FOLLOW_UP_REMINDER,
                TemplateLanguage.ES,
                "Su solicitud de asilo {CASE_REFERENCE}\n\nHola.\n",
                REFERENCE_ONLY,
                WORDS))
        .containsExactly("the subject holds \"asilo\" (es) of the safe-wording list");
    assertThat(
            TemplateRules.problems(
                TemplateType.NEUTRAL_EMAIL,
                TemplateLanguage.AR,
                "رسالة {CASE_REFERENCE}\n\nبخصوص طلب اللجوء.\n",
                REFERENCE_ONLY,
                WORDS))
        .containsExactly("the body holds \"لجوء\" (ar) of the safe-wording list");
    // a letter may say it: it is read by the person alone
    assertThat(
            TemplateRules.problems(
                TemplateType.NOTICE,
                TemplateLanguage.ES,
                "Aviso {CASE_REFERENCE}\n\nPuede pedir asilo.\n",
                REFERENCE_ONLY,
                WORDS))
        .isEmpty();
  }

  @Test
  void counselsCopyIsKeptInEnglishOnly() {
    assertThat(
            TemplateRules.problems(
                TemplateType.ATTORNEY_COPY,
                TemplateLanguage.ES,
                "Copia {CASE_REFERENCE}\n\nTexto.\n",
                REFERENCE_ONLY,
                WORDS))
        .containsExactly("ATTORNEY_COPY is kept in English only");
  }

  @Test
  void renderingFillsTheCallersAndTheConfiguredValues() {
    StoredText stored =
        stored(
            TemplateType.NOTICE,
            TemplateLanguage.RU,
            "Ваш номер {CASE_REFERENCE}\n\nНе менее {REMOVAL_HOLD_PERIOD}; срок {COURT_FILING_PERIOD}."
                + " Тел. {OUTREACH_PHONE}, {OUTREACH_EMAIL}, {NOTICE_PAGE_ADDRESS}\n");

    RenderedText rendered =
        stored.render("ru", TemplateValues.caseReference(REFERENCE), NOTICE, CAMPAIGN);

    assertThat(rendered.subject()).isEqualTo("Ваш номер " + REFERENCE);
    assertThat(rendered.body())
        .isEqualTo(
            "Не менее 45 дней; срок 21 день. Тел. +1 202 555 0199, team@outreach.test,"
                + " https://outreach.test/n\n");
    assertThat(rendered.language()).isEqualTo(TemplateLanguage.RU);
    assertThat(rendered.templateVersionId()).isEqualTo(stored.id());
    assertThat(rendered.sha256())
        .isEqualTo(TemplateText.sha256(rendered.subject() + "\n\n" + rendered.body()));
    assertThat(rendered.fellBack()).isFalse();
    assertThat(rendered.toString()).doesNotContain(REFERENCE).doesNotContain("Ваш");
  }

  @Test
  void aMissingValueFailsTheRenderNamingThePlaceholderNeverAValue() {
    StoredText stored =
        stored(
            TemplateType.IN_CUSTODY_NOTICE,
            TemplateLanguage.EN,
            "Notice {CASE_REFERENCE}\n\nFor {PERSON_NAME}, {A_NUMBER}\n");
    TemplateValues values =
        TemplateValues.caseReference(REFERENCE).with(Placeholder.PERSON_NAME, "Ana Marker");

    assertThatThrownBy(() -> stored.render("en", values, NOTICE, CAMPAIGN))
        .isInstanceOf(NoticeTextException.class)
        .hasMessage("IN_CUSTODY_NOTICE in en: no value for placeholder A_NUMBER")
        .message()
        .doesNotContain("Ana")
        .doesNotContain(REFERENCE);
  }

  @Test
  void personalDataGivenForATextThatTravelsByEmailIsRefusedEvenIfTheTextDoesNotNameIt() {
    StoredText stored =
        stored(
            TemplateType.NEUTRAL_EMAIL, TemplateLanguage.EN, "Letter {CASE_REFERENCE}\n\nHello.\n");
    TemplateValues values =
        TemplateValues.caseReference(REFERENCE).with(Placeholder.PERSON_NAME, "Ana Marker");

    assertThatThrownBy(() -> stored.render("en", values, NOTICE, CAMPAIGN))
        .isInstanceOf(NoticeTextException.class)
        .hasMessage(
            "NEUTRAL_EMAIL travels by email and never takes personal data such as PERSON_NAME");
  }

  @Test
  void aConfiguredValueThatPutsAWordIntoAnEmailFailsTheRender() {
    NoticeSettings revealing =
        NoticeSettings.from(
            Map.of(NoticeSettings.OUTREACH_MAIL, "asylum-outreach@agency.test")::get);
    StoredText stored =
        stored(
            TemplateType.NEUTRAL_EMAIL,
            TemplateLanguage.EN,
            "Letter {CASE_REFERENCE}\n\nWrite to {OUTREACH_EMAIL}.\n");

    assertThatThrownBy(
            () -> stored.render("en", TemplateValues.caseReference(REFERENCE), revealing, CAMPAIGN))
        .isInstanceOf(NoticeTextException.class)
        .hasMessage(
            "NEUTRAL_EMAIL in en, as filled in: the body holds \"asylum\" (en) of the"
                + " safe-wording list");
  }

  @Test
  void valuesAreRefusedNamingThePlaceholderOnly() {
    assertThatThrownBy(() -> TemplateValues.none().with(Placeholder.REMOVAL_HOLD_PERIOD, "99 days"))
        .hasMessage(
            "REMOVAL_HOLD_PERIOD: comes from the server's configuration, not from the caller");
    assertThatThrownBy(() -> TemplateValues.none().with(Placeholder.PERSON_NAME, "Ana\nBcc: x"))
        .hasMessage("PERSON_NAME: must be one line without control characters");
    assertThatThrownBy(() -> TemplateValues.none().with(Placeholder.A_NUMBER, " "))
        .hasMessage("A_NUMBER: a value is required");
    assertThat(TemplateValues.caseReference(REFERENCE).toString())
        .isEqualTo("TemplateValues[CASE_REFERENCE]");
  }

  @Test
  void englishIsAFallbackOnlyWhenAnotherLanguageWasAskedFor() {
    StoredText english =
        stored(TemplateType.NOTICE, TemplateLanguage.EN, "Notice {CASE_REFERENCE}\n\nText.\n");
    TemplateValues values = TemplateValues.caseReference(REFERENCE);

    assertThat(english.render("ps", values, NOTICE, CAMPAIGN).fellBack()).isTrue();
    assertThat(english.render("en", values, NOTICE, CAMPAIGN).fellBack()).isFalse();
    assertThat(english.render(null, values, NOTICE, CAMPAIGN).fellBack()).isFalse();
    StoredText counsel =
        stored(TemplateType.ATTORNEY_COPY, TemplateLanguage.EN, "Copy {CASE_REFERENCE}\n\nText.\n");
    assertThat(counsel.render("es", values, NOTICE, CAMPAIGN).fellBack()).isFalse();
  }

  @Test
  void aPeriodOfHoursIsSaidInHours() {
    CampaignSettings shortHold =
        CampaignSettings.from(Map.of(CampaignSettings.REMOVAL_HOLD_PERIOD, "PT36H")::get);
    StoredText stored =
        stored(
            TemplateType.NOTICE,
            TemplateLanguage.EN,
            "N {CASE_REFERENCE}\n\n{REMOVAL_HOLD_PERIOD}\n");

    assertThat(
            stored.render("en", TemplateValues.caseReference(REFERENCE), NOTICE, shortHold).body())
        .isEqualTo("36 hours\n");
    assertThat(Duration.parse("PT36H")).isEqualTo(shortHold.removalHoldPeriod());
  }

  private static StoredText stored(TemplateType type, TemplateLanguage language, String text) {
    return new StoredText(UUID.randomUUID(), 1, type, language, TemplateText.canonical(text));
  }
}
