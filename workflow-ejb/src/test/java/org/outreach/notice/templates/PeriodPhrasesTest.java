package org.outreach.notice.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PeriodPhrasesTest {

  @ParameterizedTest
  @CsvSource({
    "EN, 30, 30 days",
    "EN, 1, 1 day",
    "ES, 30, 30 días",
    "FR, 1, 1 jour",
    "FR, 0, 0 jour",
    "HT, 30, 30 jou",
    "PT, 30, 30 dias",
    "RU, 1, 1 день",
    "RU, 2, 2 дня",
    "RU, 5, 5 дней",
    "RU, 11, 11 дней",
    "RU, 14, 14 дней",
    "RU, 21, 21 день",
    "RU, 22, 22 дня",
    "RU, 30, 30 дней",
    "ZH, 30, 30天",
    "AR, 1, يوم واحد",
    "AR, 2, يومان",
    "AR, 3, 3 أيام",
    "AR, 10, 10 أيام",
    "AR, 11, 11 يومًا",
    "AR, 30, 30 يومًا",
    "AR, 100, 100 يوم",
    "AR, 103, 103 أيام",
    "FA, 30, 30 روز",
    "PS, 1, 1 ورځ",
    "PS, 30, 30 ورځې",
    "TI, 30, 30 መዓልቲ",
    "LN, 1, mokolo 1",
    "LN, 30, mikolo 30",
    "HI, 30, 30 दिन",
    "PA, 30, 30 ਦਿਨ",
    "TR, 30, 30 gün"
  })
  void daysAgreeWithTheirNumberInEachLanguage(TemplateLanguage language, long days, String phrase) {
    assertThat(PeriodPhrases.phrase(PeriodPhrases.Unit.DAY, days, language)).isEqualTo(phrase);
    if (days > 0) {
      assertThat(PeriodPhrases.of(Duration.ofDays(days), language)).isEqualTo(phrase);
    }
  }

  @Test
  void aPeriodInHoursOrMinutesIsSaidInThemRoundedDown() {
    assertThat(PeriodPhrases.of(Duration.ofHours(36), TemplateLanguage.EN)).isEqualTo("36 hours");
    assertThat(PeriodPhrases.of(Duration.ofHours(1), TemplateLanguage.RU)).isEqualTo("1 час");
    assertThat(PeriodPhrases.of(Duration.ofMinutes(90), TemplateLanguage.ES))
        .isEqualTo("90 minutos");
    assertThat(PeriodPhrases.of(Duration.ofSeconds(150), TemplateLanguage.EN))
        .isEqualTo("2 minutes");
    assertThatThrownBy(() -> PeriodPhrases.of(Duration.ofSeconds(59), TemplateLanguage.EN))
        .hasMessage("period: must be at least one minute");
  }

  @ParameterizedTest
  @EnumSource(TemplateLanguage.class)
  void everyLanguageSaysEveryUnitForEveryCategoryItUses(TemplateLanguage language) {
    for (PeriodPhrases.Unit unit : PeriodPhrases.Unit.values()) {
      for (long n : new long[] {1, 2, 3, 5, 11, 21, 30, 100}) {
        String phrase = PeriodPhrases.phrase(unit, n, language);
        assertThat(phrase).as("%s %s %d", language, unit, n).isNotBlank().doesNotContain("{");
        if (n > 2) {
          // one and two may be words (Arabic: يوم واحد, يومان); larger numbers are digits
          assertThat(phrase).contains(String.valueOf(n));
        }
      }
    }
  }
}
