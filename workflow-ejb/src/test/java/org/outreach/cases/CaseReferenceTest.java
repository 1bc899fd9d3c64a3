package org.outreach.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferenceTest {

  @Test
  void aRandomReferenceCanBeReadAloudWithoutAmbiguousLetters() {
    for (int i = 0; i < 1_000; i++) {
      String reference = CaseReference.random().value();
      assertThat(reference).matches("OC-[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(reference.substring(3)).doesNotContainPattern("[ILOU]");
    }
  }

  @Test
  void sixThousandReferencesAreAllDifferent() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 6_000; i++) {
      seen.add(CaseReference.random().value());
    }
    assertThat(seen).hasSize(6_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "OC-1234", "oc-abcd-efgh", "OC-ABCD-EFGI", "XX-ABCD-EFGH", "OC-ABCD-EFGH-"})
  void somethingElseIsNotAReference(String value) {
    assertThatThrownBy(() -> new CaseReference(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Not a case reference: expected OC-XXXX-XXXX");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OC-7K2M-9QXD",
        "oc-7k2m-9qxd",
        " OC 7K2M 9QXD ",
        "7K2M9QXD",
        "7k2m-9qxd",
        "OC\u20117K2M\u20119QXD"
      })
  void aReferenceIsReadAsPeopleTypeIt(String typed) {
    assertThat(CaseReference.parse(typed)).contains(new CaseReference("OC-7K2M-9QXD"));
  }

  @Test
  void lettersThatLookLikeDigitsAreReadAsTheDigits() {
    assertThat(CaseReference.parse("OC-1O2L-I0OO")).contains(new CaseReference("OC-1021-1000"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "OC-7K2M-9QX", "OC-7K2M-9QXDD", "OC-7K2M-9QXU", "XY-7K2M-9QXD", "7K2M"})
  void whatCannotBeAReferenceIsNone(String typed) {
    assertThat(CaseReference.parse(typed)).isEmpty();
  }

  @Test
  void nothingOrSomethingLongIsNone() {
    assertThat(CaseReference.parse(null)).isEmpty();
    assertThat(CaseReference.parse("7".repeat(10_000))).isEmpty();
  }
}
