package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.outreach.privacy.TestKeys.INDEX;
import static org.outreach.privacy.TestKeys.K1;
import static org.outreach.privacy.TestKeys.K2;
import static org.outreach.privacy.TestKeys.assertRevealsNone;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KeyRingTest {

  private static final String SHORT_KEY = TestKeys.base64OfLength(7, 16);
  private static final String LONG_KEY = TestKeys.base64OfLength(8, 64);

  @Test
  void aConfigurationNamesTheCurrentKeyAndKeepsEveryOther() {
    KeyRing ring = KeyRing.parse(TestKeys.K2_CURRENT);

    assertThat(ring.current().id()).isEqualTo("k2");
    assertThat(ring.keyIds()).containsExactly("k1", "k2");
    assertThat(ring.dataKey("k1")).get().extracting(DataKey::id).isEqualTo("k1");
    assertThat(ring.dataKey("k9")).isEmpty();
  }

  @Test
  void entriesMayComeInAnyOrderAcrossLinesWithATrailingSemicolon() {
    KeyRing ring =
        KeyRing.parse(
            "\n  index=" + INDEX + " ;\n  k2=" + K2 + ";\n  k1=" + K1 + ";\n  current=k1;\n");

    assertThat(ring.current().id()).isEqualTo("k1");
    assertThat(ring.keyIds()).containsExactly("k2", "k1");
  }

  @Test
  void keyBase64MayOmitItsPadding() {
    KeyRing ring =
        KeyRing.parse("current=k1;k1=" + K1.replace("=", "") + ";index=" + INDEX.replace("=", ""));

    assertThat(ring.current().id()).isEqualTo("k1");
  }

  static Stream<Arguments> malformedConfigurations() {
    return Stream.of(
        Arguments.of("   ", "no key configuration given"),
        Arguments.of(
            "k1=" + K1 + ";index=" + INDEX,
            "current is missing: it names the key new values are encrypted with"),
        Arguments.of(
            "current=k3;k1=" + K1 + ";k2=" + K2 + ";index=" + INDEX,
            "current names k3, which is not among the keys [k1, k2]"),
        Arguments.of(
            "current=k1;index=" + INDEX,
            "current names k1, which is not among the keys (none given)"),
        Arguments.of("current=k1;k1=" + K1, "index is missing: the blind-index key is required"),
        Arguments.of(
            "current=k1;k1=" + SHORT_KEY + ";index=" + INDEX,
            "key k1 must be 32 bytes (256 bits) once decoded, not 16"),
        Arguments.of(
            "current=k1;k1=" + LONG_KEY + ";index=" + INDEX,
            "key k1 must be 32 bytes (256 bits) once decoded, not 64"),
        Arguments.of(
            "current=k1;k1=" + K1 + ";index=" + SHORT_KEY,
            "index must be 32 bytes (256 bits) once decoded, not 16"),
        Arguments.of(
            "current=k1;k1=" + K1.replace('+', '-').replace('/', '_') + "*;index=" + INDEX,
            "key k1 is not valid base64 (standard alphabet)"),
        Arguments.of(
            "current=k1;k1=" + K1 + ";index=not base64!",
            "index is not valid base64 (standard alphabet)"),
        Arguments.of(
            "current=k1;k1=" + K1 + ";k1=" + K2 + ";index=" + INDEX, "k1 is given more than once"),
        Arguments.of(
            "current=k1;current=k1;k1=" + K1 + ";index=" + INDEX,
            "current is given more than once"),
        Arguments.of(
            "current=k1;k1" + K1.replace("=", "") + ";index=" + INDEX, "entry 2 is not name=value"),
        Arguments.of(
            "current=k1;K1=" + K1 + ";index=" + INDEX,
            "entry 2: the name must be 'current', 'index' or a key id"
                + " (a lower-case letter, then up to 15 lower-case letters or digits)"),
        Arguments.of(
            "current=" + K1 + ";k1=" + K1 + ";index=" + INDEX, "current must name a key id"),
        Arguments.of("current=index;index=" + INDEX, "current must name a key id"),
        Arguments.of(
            "current=k1;k1=" + K1 + ";index=" + K1,
            "index must differ from every data key, but equals key k1"));
  }

  @ParameterizedTest
  @MethodSource("malformedConfigurations")
  void aMalformedConfigurationIsRefusedSayingWhatIsWrong(String configuration, String message) {
    assertThatThrownBy(() -> KeyRing.parse(configuration))
        .isInstanceOf(KeyConfigurationException.class)
        .hasMessage(message)
        .hasNoCause();
  }

  @Test
  void aRefusalNeverEchoesKeyMaterialEvenWhereANameWasExpected() {
    String[] configurations = {
      "current=k1;k1" + K1 + ";index=" + INDEX,
      K1 + "=k1;current=k1;index=" + INDEX,
      "current=" + K2 + ";k1=" + K1 + ";index=" + INDEX,
      "current=k1;k1=" + SHORT_KEY + ";index=" + INDEX,
      "current=k1;k1=" + K1 + "!;index=" + INDEX,
      "current=k1;k1=" + K1 + ";index=" + K1,
    };
    for (String configuration : configurations) {
      assertThatThrownBy(() -> KeyRing.parse(configuration))
          .isInstanceOfSatisfying(
              KeyConfigurationException.class,
              e -> assertRevealsNone(TestKeys.printed(e), K1, K2, INDEX, SHORT_KEY));
    }
  }

  @Test
  void toStringNamesKeyIdsButNoKeyMaterial() {
    KeyRing ring = KeyRing.parse(TestKeys.K2_CURRENT);

    assertThat(ring).hasToString("KeyRing[current=k2, keys=[k1, k2], index key set]");
    assertThat(ring.current()).hasToString("DataKey[k2]");
    assertRevealsNone(ring + " " + ring.current() + " " + ring.dataKey("k1"), K1, K2, INDEX);
  }
}
