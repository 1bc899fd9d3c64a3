package org.outreach.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTextTest {

  @Test
  void theStoredFormIsCanonicalSoTheSameTextAlwaysHasTheSameHash() {
    String written = "\r\n\r\nSubject {CASE_REFERENCE}  \r\n\r\nBody line\t\r\nCafe\u0301\r\n\r\n";
    String typed = "Subject {CASE_REFERENCE}\n\nBody line\nCafé";

    assertThat(TemplateText.canonical(written))
        .isEqualTo(TemplateText.canonical(typed))
        .isEqualTo("Subject {CASE_REFERENCE}\n\nBody line\nCafé\n");
    assertThat(TemplateText.sha256(TemplateText.canonical(written)))
        .isEqualTo(TemplateText.sha256(TemplateText.canonical(typed)))
        .hasSize(64)
        .matches("[0-9a-f]+");
  }

  @Test
  void theFirstLineIsTheSubjectThenAnEmptyLineThenTheBody() {
    TemplateText text = TemplateText.parse("Hello {CASE_REFERENCE}\n\nLine one\n\nLine two\n");

    assertThat(text.subject()).isEqualTo("Hello {CASE_REFERENCE}");
    assertThat(text.body()).isEqualTo("Line one\n\nLine two\n");
  }

  @Test
  void aTextWithoutSubjectEmptyLineOrBodyIsRefused() {
    assertThatThrownBy(() -> TemplateText.parse("\n\nBody\n")).hasMessageContaining("subject");
    assertThatThrownBy(() -> TemplateText.parse("Subject\nBody\n"))
        .hasMessageContaining("one empty line");
    assertThatThrownBy(() -> TemplateText.parse("Subject\n\n\n")).hasMessageContaining("body");
    assertThatThrownBy(() -> TemplateText.parse("Subject only\n"))
        .isInstanceOf(NoticeTextException.class);
  }

  @Test
  void placeholdersAreKnownUnknownOrStrayBraces() {
    TemplateText text =
        TemplateText.parse(
            "Ref {CASE_REFERENCE}\n\nCall {OUTREACH_PHONE}, {case_reference} {FOO}\n");

    assertThat(text.placeholders())
        .containsExactlyInAnyOrder(Placeholder.CASE_REFERENCE, Placeholder.OUTREACH_PHONE);
    assertThat(text.unknownPlaceholders()).containsExactly("{case_reference}", "{FOO}");
    assertThat(text.hasStrayBrace()).isFalse();
    assertThat(TemplateText.parse("S\n\nA { brace\n").hasStrayBrace()).isTrue();
    assertThat(TemplateText.parse("S\n\nA {CASE_REFERENCE}}\n").hasStrayBrace()).isTrue();
    assertThat(TemplateText.parse("S\n\n{ CASE_REFERENCE }\n").hasStrayBrace()).isTrue();
  }

  @Test
  void valuesAreFilledInOnePassSoAValueNeverExpandsAnotherPlaceholder() {
    TemplateText text = TemplateText.parse("To {PERSON_NAME}\n\nA-number {A_NUMBER}, $1 \\n\n");

    TemplateText filled =
        text.filled(Map.of(Placeholder.PERSON_NAME, "{A_NUMBER} $0", Placeholder.A_NUMBER, "999"));

    assertThat(filled.subject()).isEqualTo("To {A_NUMBER} $0");
    assertThat(filled.body()).isEqualTo("A-number 999, $1 \\n\n");
  }

  @Test
  void thePreviewIsTheStartOfTheBodyOnOneLineNeverSplittingALetter() {
    assertThat(TemplateText.preview("Hello,\n\nWe   have a letter.\n", 140))
        .isEqualTo("Hello, We have a letter.");
    String emoji = "ab\uD83D\uDE00cd";
    assertThat(TemplateText.preview(emoji, 3)).isEqualTo("ab");
    assertThat(TemplateText.preview(emoji, 4)).isEqualTo("ab\uD83D\uDE00");
  }
}
