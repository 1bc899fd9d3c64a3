package org.outreach.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FreeTextTest {

  @Test
  void textIsComposedAndJoinersAreKept() {
    assertThat(FreeText.normalised("Jose\u0301")).isEqualTo("Jos\u00E9");
    // Persian with a zero-width non-joiner, Devanagari with a zero-width joiner: unchanged
    assertThat(FreeText.normalised("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"))
        .isEqualTo("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    assertThat(FreeText.brokenRule("\u0915\u094D\u200D\u0937")).isEmpty();
    assertThat(FreeText.normalised(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066",
        "\u2067", "\u2068", "\u2069"
      })
  void everyBidirectionalControlBreaksItsRule(String control) {
    assertThat(FreeText.brokenRule("Amina " + control + "Noor")).contains(FreeText.BIDI_RULE);
  }

  @Test
  void controlCharactersBreakTheirRuleButLineBreaksAndTabsDoNot() {
    assertThat(FreeText.brokenRule("a\u0000b")).contains(FreeText.CONTROL_RULE);
    assertThat(FreeText.brokenRule("a\u0007b")).contains(FreeText.CONTROL_RULE);
    assertThat(FreeText.brokenRule("first line\r\nsecond\tline")).isEmpty();
    assertThat(FreeText.brokenRule("\u1230\u120B\u121D \u0A38\u0A24 \u0645\u062D\u0645\u062F"))
        .isEmpty();
  }
}
