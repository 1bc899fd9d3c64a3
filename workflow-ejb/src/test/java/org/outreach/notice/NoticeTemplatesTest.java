package org.outreach.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NoticeTemplatesTest {

  private static final String REFERENCE = "OC-7K2M-9QXD";

  @Test
  void theNoticeIsInThePersonsLanguageWhenThereIsATemplate() {
    NoticeTemplates.Rendered notice =
        NoticeTemplates.render(NoticeTemplates.Kind.EMAIL, "es", REFERENCE);

    assertThat(notice.language()).isEqualTo("es");
    assertThat(notice.subject()).isEqualTo("Aviso importante sobre su caso " + REFERENCE);
    assertThat(notice.body()).contains("Le escribimos sobre su caso " + REFERENCE);
  }

  @Test
  void aLanguageWithoutTemplateOrNoLanguageGetsEnglish() {
    assertThat(NoticeTemplates.render(NoticeTemplates.Kind.EMAIL, "ht", REFERENCE).language())
        .isEqualTo("en");
    assertThat(NoticeTemplates.render(NoticeTemplates.Kind.EMAIL, null, REFERENCE).subject())
        .isEqualTo("Important notice about your case " + REFERENCE);
    assertThat(NoticeTemplates.render(NoticeTemplates.Kind.EMAIL, "../x", REFERENCE).language())
        .isEqualTo("en");
  }

  @ParameterizedTest
  @EnumSource(NoticeTemplates.Kind.class)
  void subjectsNameTheCaseReferenceAndNothingToFillIn(NoticeTemplates.Kind kind) {
    for (String language : new String[] {"en", "es", "fr"}) {
      NoticeTemplates.Rendered notice = NoticeTemplates.render(kind, language, REFERENCE);

      assertThat(notice.subject()).contains(REFERENCE).doesNotContain("{").doesNotContain("\n");
      assertThat(notice.body()).contains(REFERENCE).doesNotContain("{reference}");
    }
  }

  @Test
  void lettersAreQueuedInAValidLanguageCode() {
    assertThat(NoticeTemplates.letterLanguage("PT")).isEqualTo("pt");
    assertThat(NoticeTemplates.letterLanguage(null)).isEqualTo("en");
    assertThat(NoticeTemplates.letterLanguage("portuguese")).isEqualTo("en");
  }
}
