package org.outreach.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DemoPolicyTest {

  @ParameterizedTest(name = "{0} on {1} -> {2}")
  @CsvSource({
    "jdbc:h2:/srv/data/outreach/outreach;DB_CLOSE_ON_EXIT=FALSE, 127.0.0.1, true",
    "jdbc:h2:/srv/data/outreach/outreach, localhost, true",
    "jdbc:h2:/srv/data/outreach/outreach, ::1, true",
    "jdbc:h2:/srv/data/outreach/outreach, 0.0.0.0, false",
    "jdbc:h2:/srv/data/outreach/outreach, 192.0.2.10, false",
    "jdbc:h2:/srv/data/outreach/outreach, '', false",
    "jdbc:h2:tcp://db.internal/outreach, 127.0.0.1, false",
    "jdbc:postgresql://localhost:5432/outreach, 127.0.0.1, false",
  })
  void demoLoginsNeedTheEmbeddedDatabaseAndALoopbackAddress(
      String jdbcUrl, String bindAddress, boolean allowed) {
    assertThat(DemoPolicy.demoLoginsAllowed(jdbcUrl, bindAddress)).isEqualTo(allowed);
  }
}
