package org.outreach.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionSettingsTest {

  private static RetentionSettings of(String value) {
    Map<String, String> values =
        value == null ? Map.of() : Map.of(RetentionSettings.CLOSED_CASE_PERIOD, value);
    return RetentionSettings.from(values::get);
  }

  @Test
  void closedCasesAreKeptThreeYearsUnlessSetOtherwise() {
    assertThat(of(null).closedCasePeriod()).isEqualTo(Period.ofYears(3));
    assertThat(of(" ").closedCasePeriod()).isEqualTo(Period.ofYears(3));
    assertThat(of("P18M").closedCasePeriod()).isEqualTo(Period.ofMonths(18));
  }

  @Test
  void theCutOffCountsCalendarYearsBackInUtc() {
    RetentionSettings threeYears = of("P3Y");
    assertThat(threeYears.closedBefore(Instant.parse("2026-12-06T02:30:00Z")))
        .isEqualTo(Instant.parse("2023-12-06T02:30:00Z"));
    // from a leap day back to the last day of February
    assertThat(of("P1Y").closedBefore(Instant.parse("2028-02-29T00:00:00Z")))
        .isEqualTo(Instant.parse("2027-02-28T00:00:00Z"));
  }

  @Test
  void theEngineHistoryKeepsTheSameNumberOfDays() {
    // 2024 is a leap year: three years from 2023-12-06 hold its 29 February
    assertThat(of("P3Y").days(Instant.parse("2023-12-06T00:00:00Z"))).isEqualTo(1096);
    assertThat(of("P3Y").days(Instant.parse("2024-12-06T00:00:00Z"))).isEqualTo(1095);
    assertThat(of("P30D").days(Instant.parse("2024-12-06T00:00:00Z"))).isEqualTo(30);
  }

  @Test
  void aPeriodThatIsNotOneOrIsShorterThanADayIsRefusedByName() {
    for (String bad : new String[] {"three years", "PT36H", "P0D", "P-1Y", "P1Y-400D"}) {
      assertThatThrownBy(() -> of(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(RetentionSettings.CLOSED_CASE_PERIOD + ": ");
    }
  }
}
