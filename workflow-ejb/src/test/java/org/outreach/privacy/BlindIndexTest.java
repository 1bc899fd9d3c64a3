package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreach.privacy.BlindIndex.Kind;

class BlindIndexTest {

  private final BlindIndex index = new BlindIndex(TestKeys.ring(TestKeys.K1_CURRENT));

  @Test
  void theSameValueAlwaysGivesTheSameIndex() {
    assertThat(index.aNumber("123456789")).isEqualTo(index.aNumber("123456789"));
    assertThat(new BlindIndex(TestKeys.ring(TestKeys.K2_CURRENT)).aNumber("123456789"))
        .as("data keys play no part")
        .isEqualTo(index.aNumber("123456789"));
  }

  @Test
  void anIndexIs43CharactersOfUnpaddedBase64Url() {
    assertThat(index.aNumber("123456789")).matches("[A-Za-z0-9_-]{43}");
  }

  @Test
  void anotherIndexKeyGivesOtherIndexes() {
    BlindIndex other =
        new BlindIndex(
            TestKeys.ring("current=k1;k1=" + TestKeys.K1 + ";index=" + TestKeys.OTHER_INDEX));

    assertThat(other.aNumber("123456789")).isNotEqualTo(index.aNumber("123456789"));
    assertThat(other.nameTokens("jose")).isNotEqualTo(index.nameTokens("jose"));
  }

  @Test
  void equalTextOfDifferentKindsGivesDifferentIndexes() {
    String text = "123456789";

    assertThat(
            List.of(
                index.compute(Kind.A_NUMBER, text),
                index.compute(Kind.NAME_TOKEN, text),
                index.compute(Kind.DATE_OF_BIRTH, text)))
        .doesNotHaveDuplicates();
    assertThat(index.aNumber(text)).isEqualTo(index.compute(Kind.A_NUMBER, text));
    assertThat(index.nameTokens(text)).containsExactly(index.compute(Kind.NAME_TOKEN, text));
  }

  @Test
  void everySpellingOfAnANumberFindsTheSameRecord() {
    assertThat(index.aNumber("A 123-456-789")).isEqualTo(index.aNumber("123456789"));
    assertThat(index.aNumber("12345678"))
        .isEqualTo(index.aNumber("012345678"))
        .isEqualTo(index.aNumber("A-012 345 678"))
        .isEqualTo(index.aNumber("a12345678"));
    assertThat(index.aNumber("123456789")).isNotEqualTo(index.aNumber("012345678"));
  }

  @Test
  void aNameFindsItsRecordWhateverTheCaseAndAccents() {
    assertThat(index.nameTokens("JOSÉ")).isEqualTo(index.nameTokens("jose"));
    assertThat(index.nameTokens("José  MARÍA"))
        .containsExactly(
            index.compute(Kind.NAME_TOKEN, "jose"), index.compute(Kind.NAME_TOKEN, "maria"));
    assertThat(index.nameTokens("María José"))
        .containsExactlyInAnyOrderElementsOf(index.nameTokens("José  MARÍA"));
  }

  @Test
  void aDateOfBirthIsIndexedInItsIsoSpelling() {
    assertThat(index.dateOfBirth(LocalDate.of(1990, 3, 4)))
        .isEqualTo(index.compute(Kind.DATE_OF_BIRTH, "1990-03-04"))
        .isNotEqualTo(index.dateOfBirth(LocalDate.of(1990, 4, 3)));
  }

  @Test
  void nothingToIndexGivesNoIndex() {
    assertThat(index.aNumber(null)).isNull();
    assertThat(index.dateOfBirth(null)).isNull();
    assertThat(index.nameTokens(null)).isEmpty();
    assertThat(index.nameTokens(" - ")).isEmpty();
  }
}
