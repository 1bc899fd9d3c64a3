package org.outreach.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class UnusualReadingTest {

  @Test
  void theLimitIsTheSettingOrSixtyWhenUnsetOrNotAWholeNumberOfOneOrMore() {
    assertThat(UnusualReading.limit(name -> null)).isEqualTo(60);
    assertThat(UnusualReading.limit(Map.of(UnusualReading.PEOPLE_PER_HOUR, "25")::get))
        .isEqualTo(25);
    assertThat(UnusualReading.limit(Map.of(UnusualReading.PEOPLE_PER_HOUR, "many")::get))
        .isEqualTo(60);
    assertThat(UnusualReading.limit(Map.of(UnusualReading.PEOPLE_PER_HOUR, "0")::get))
        .isEqualTo(60);
  }
}
