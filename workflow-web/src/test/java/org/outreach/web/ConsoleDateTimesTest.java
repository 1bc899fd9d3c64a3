package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleDateTimesTest {

  private static final ZonedDateTime MOMENT = ZonedDateTime.parse("2026-12-04T02:27:14Z[UTC]");

  @Test
  void aMomentReadsAsADateAndATimeInTheReadersLanguage() {
    assertThat(ConsoleDateTimes.format(MOMENT, Locale.ENGLISH))
        .contains("Dec")
        .contains("2026")
        .contains("2:27")
        .doesNotContain("T02");
    assertThat(ConsoleDateTimes.format(MOMENT, Locale.forLanguageTag("es")))
        .contains("dic")
        .contains("2026")
        .contains("2:27");
  }
}
