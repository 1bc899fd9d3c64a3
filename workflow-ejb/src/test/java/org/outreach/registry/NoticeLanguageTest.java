package org.outreach.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeLanguageTest {

  @Test
  void aThreeLetterCodeBecomesItsTwoLetterCode() {
    assertThat(NoticeLanguage.of(List.of("fra", "es"))).isEqualTo("fr");
  }

  @Test
  void aTwoLetterCodeIsTakenAsItIs() {
    assertThat(NoticeLanguage.of(List.of("ht", "fr"))).isEqualTo("ht");
  }

  @Test
  void aLanguageWithoutATwoLetterCodeYieldsToTheNextPreference() {
    // Hawaiian has an ISO 639-2 code only: no notice template can exist for it
    assertThat(NoticeLanguage.of(List.of("haw", "spa"))).isEqualTo("es");
  }

  @Test
  void noLanguageWithATwoLetterCodeMeansNoNoticeLanguage() {
    assertThat(NoticeLanguage.of(List.of())).isNull();
    assertThat(NoticeLanguage.of(List.of("haw"))).isNull();
  }

  @Test
  void caseAndSurroundingSpacesDoNotMatter() {
    assertThat(NoticeLanguage.of(List.of(" RUS "))).isEqualTo("ru");
  }
}
