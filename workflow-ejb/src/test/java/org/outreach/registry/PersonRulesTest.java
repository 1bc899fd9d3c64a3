package org.outreach.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonRulesTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  private static NewAffectedPerson person(
      String familyName,
      LocalDate dateOfBirth,
      String nationality,
      String aNumber,
      String language) {
    return new NewAffectedPerson(
        familyName,
        "Marie Claire",
        List.of(),
        dateOfBirth,
        nationality,
        aNumber,
        List.of(language),
        null);
  }

  private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

  @Test
  void aValidPersonIsNormalised() {
    NewAffectedPerson valid =
        PersonRules.validated(person("  Joseph ", BORN, "ht", "A 12-345-678", "HT"), NOW);

    assertThat(valid.familyName()).isEqualTo("Joseph");
    assertThat(valid.nationality()).isEqualTo("HT");
    assertThat(valid.aNumber()).isEqualTo("012345678");
    assertThat(valid.preferredLanguages()).containsExactly("ht");
    assertThat(valid.custodyStatus()).isEqualTo(CustodyStatus.UNKNOWN);
  }

  @Test
  void threeLetterCodesAreAccepted() {
    NewAffectedPerson valid =
        PersonRules.validated(person("Joseph", BORN, "CUB", "123456789", "spa"), NOW);

    assertThat(valid.nationality()).isEqualTo("CUB");
    assertThat(valid.preferredLanguages()).containsExactly("spa");
  }

  @Test
  void aMissingFamilyNameIsRefusedNamingTheField() {
    assertThatThrownBy(() -> PersonRules.validated(person(" ", BORN, "HT", "123456789", "fr"), NOW))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessage("familyName: required");
  }

  @Test
  void aBirthDateAfterTodayIsRefused() {
    assertThatThrownBy(
            () ->
                PersonRules.validated(
                    person("Joseph", LocalDate.of(2026, 11, 26), "HT", "123456789", "fr"), NOW))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessage("dateOfBirth: must not be in the future");
  }

  @Test
  void aMalformedANumberIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(
            () -> PersonRules.validated(person("Joseph", BORN, "HT", "98765X4321", "fr"), NOW))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageStartingWith("aNumber:")
        .hasMessageNotContaining("98765");
  }

  @Test
  void unknownCountryAndLanguageCodesAreRefused() {
    assertThatThrownBy(
            () -> PersonRules.validated(person("Joseph", BORN, "XX", "123456789", "fr"), NOW))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageStartingWith("nationality:");
    assertThatThrownBy(
            () -> PersonRules.validated(person("Joseph", BORN, "HT", "123456789", "creole"), NOW))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageStartingWith("preferredLanguages:");
  }

  @Test
  void valuesNeverShowInToString() {
    assertThat(person("Joseph", BORN, "HT", "123456789", "fr").toString())
        .doesNotContain("Joseph")
        .doesNotContain("123456789");
  }
}
