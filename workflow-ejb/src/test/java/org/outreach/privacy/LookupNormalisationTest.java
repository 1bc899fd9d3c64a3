package org.outreach.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LookupNormalisationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "123456789      | 123456789",
        "A 123-456-789  | 123456789",
        "a123456789     | 123456789",
        "' A123 456 789 ' | 123456789",
        "A\u2011123\u2013456\u2014789 | 123456789",
        "\uff21\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19 | 123456789",
        "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669 | 123456789",
        "12345678       | 012345678",
        "A-12-345-678   | 012345678",
        "012345678      | 012345678",
      })
  void anANumberIsNineDigitsHoweverItWasWritten(String written, String normalised) {
    assertThat(LookupNormalisation.aNumber(written)).isEqualTo(normalised);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "A",
        "1234567",
        "1234567890",
        "A12B45678",
        "AA12345678",
        "123.456.789",
        "12345678A",
        "B12345678"
      })
  void somethingElseIsNotAnANumber(String written) {
    assertThatThrownBy(() -> LookupNormalisation.aNumber(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "A-number: expected 8 or 9 digits, optionally after an 'A', with spaces or dashes");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "José  MARÍA              | jose maria",
        "JOSÉ                     | jose",
        "'  maría\tjosé\n'        | maria jose",
        "Jean-Pierre O'Brien      | jean pierre obrien",
        "O’Brien                  | obrien",
        "YILDIZ                   | yildiz",
        "Yıldız                   | yildiz",
        "İbrahim Çelik            | ibrahim celik",
        "Søren Łukasz Straße      | soren lukasz strasse",
        "Nguyễn Văn Đức           | nguyen van duc",
        "García, José María       | garcia jose maria",
        "María José María         | maria jose",
        "Ｊｏｓｅ                    | jose",
        "مُحَمَّد                  | محمد",
        "Алексей ПЕТРОВ           | алексеи петров",
      })
  void aNameSplitsIntoPlainLowerCaseTokens(String written, String tokens) {
    assertThat(LookupNormalisation.nameTokens(written)).containsExactly(tokens.split(" "));
  }

  @Test
  void aNameWithoutLettersHasNoTokens() {
    assertThat(LookupNormalisation.nameTokens("  -- , ")).isEmpty();
  }

  @Test
  void aDateOfBirthIsIsoYearMonthDay() {
    assertThat(LookupNormalisation.dateOfBirth(LocalDate.of(1990, 3, 4))).isEqualTo("1990-03-04");
    assertThat(LookupNormalisation.dateOfBirth(" 1990-03-04 ")).isEqualTo("1990-03-04");
  }

  @ParameterizedTest
  @ValueSource(strings = {"04/03/1990", "1990-3-4", "1990-02-30", "19900304", ""})
  void aDateOfBirthInAnotherSpellingIsRefusedNotGuessed(String written) {
    assertThatThrownBy(() -> LookupNormalisation.dateOfBirth(written))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date of birth: expected a real date as yyyy-MM-dd")
        .hasNoCause();
  }
}
