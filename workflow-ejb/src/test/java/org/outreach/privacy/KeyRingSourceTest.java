package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingSourceTest {

  private static KeyRingSource source(Map<String, String> properties, Map<String, String> env) {
    return new KeyRingSource(properties::get, env::get);
  }

  @Test
  void theEnvironmentVariableProvidesTheKeys() {
    KeyRing ring = source(Map.of(), Map.of("OUTREACH_DATA_KEYS", TestKeys.K2_CURRENT)).load();

    assertThat(ring.current().id()).isEqualTo("k2");
  }

  @Test
  void theSystemPropertyWinsOverTheEnvironment() {
    KeyRing ring =
        source(
                Map.of("outreach.data.keys", TestKeys.K1_CURRENT),
                Map.of("OUTREACH_DATA_KEYS", TestKeys.K2_CURRENT))
            .load();

    assertThat(ring.current().id()).isEqualTo("k1");
  }

  @Test
  void aBlankSystemPropertyFallsBackToTheEnvironment() {
    KeyRing ring =
        source(Map.of("outreach.data.keys", " "), Map.of("OUTREACH_DATA_KEYS", TestKeys.K2_CURRENT))
            .load();

    assertThat(ring.current().id()).isEqualTo("k2");
  }

  @Test
  void withNeitherSettingTheServerIsToldWhereToPutTheKeys() {
    assertThatThrownBy(() -> source(Map.of(), Map.of()).load())
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessage(
            "no data keys configured: set the environment variable OUTREACH_DATA_KEYS"
                + " or the system property outreach.data.keys");
  }

  @Test
  void aMalformedSettingIsNamedWithWhatIsWrong() {
    assertThatThrownBy(
            () ->
                source(Map.of(), Map.of("OUTREACH_DATA_KEYS", "k1=" + TestKeys.K1 + ";index=x"))
                    .load())
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessage(
            "environment variable OUTREACH_DATA_KEYS: index is not valid base64"
                + " (standard alphabet)");
    assertThatThrownBy(() -> source(Map.of("outreach.data.keys", "current=k1"), Map.of()).load())
        .hasMessage(
            "system property outreach.data.keys: current names k1, which is not among the keys"
                + " (none given)");
  }

  @Test
  void theSystemSourceReadsThisJvmsProperties() {
    String previous = System.getProperty(KeyRingSource.PROPERTY);
    System.setProperty(KeyRingSource.PROPERTY, TestKeys.K1_CURRENT);
    try {
      assertThat(KeyRingSource.system().load().current().id()).isEqualTo("k1");
    } finally {
      if (previous == null) {
        System.clearProperty(KeyRingSource.PROPERTY);
      } else {
        System.setProperty(KeyRingSource.PROPERTY, previous);
      }
    }
  }
}
