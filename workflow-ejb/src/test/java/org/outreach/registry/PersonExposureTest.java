package org.outreach.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What of a person leaked, as the registry records it and the processes see it. */
class PersonExposureTest {

  private static final Set<ExposedField> PUBLISHED =
      EnumSet.of(
          ExposedField.NAME,
          ExposedField.DATE_OF_BIRTH,
          ExposedField.NATIONALITY,
          ExposedField.DETENTION_LOCATION,
          ExposedField.A_NUMBER);

  private final AffectedPerson person =
      new AffectedPerson(
          UUID.randomUUID(),
          new AffectedPerson.Sealed(
              "sealed", "sealed", null, "sealed", "sealed", "sealed", null, "a", "d", Set.of()),
          CustodyStatus.DETAINED,
          OffsetDateTime.now());

  @Test
  void aPersonWithNothingRecordedAndNothingDisclosedShowsNoExposure() {
    assertThat(person.exposure()).isEmpty();
    assertThat(person.outreachFacts().exposure()).isEmpty();
  }

  @Test
  void theProcessesSeeTheRecordedFieldsAndTheProtectionClaimOnceAGovernmentWasTold() {
    person.exposure(PUBLISHED);
    assertThat(person.outreachFacts().exposure()).isEqualTo(PUBLISHED);

    person.riskNotes(true, null);

    assertThat(person.exposure()).isEqualTo(PUBLISHED);
    assertThat(person.outreachFacts().exposure())
        .containsExactly(
            ExposedField.NAME,
            ExposedField.DATE_OF_BIRTH,
            ExposedField.NATIONALITY,
            ExposedField.DETENTION_LOCATION,
            ExposedField.A_NUMBER,
            ExposedField.PROTECTION_CLAIM);
  }

  @Test
  void aDisclosureAloneIsAnExposure() {
    person.riskNotes(true, null);

    assertThat(person.outreachFacts().exposure()).containsExactly(ExposedField.PROTECTION_CLAIM);
  }

  @Test
  void aNewerListReplacesTheRecordedFieldsAndOneThatDoesNotSayKeepsThem() {
    assertThat(person.exposure(PUBLISHED)).isTrue();
    assertThat(person.exposure(PUBLISHED)).as("the same again").isFalse();

    assertThat(person.exposure(Set.of())).as("a list that does not say").isFalse();
    assertThat(person.exposure()).isEqualTo(PUBLISHED);

    assertThat(person.exposure(EnumSet.of(ExposedField.NAME, ExposedField.A_NUMBER))).isTrue();
    assertThat(person.exposure()).containsExactly(ExposedField.NAME, ExposedField.A_NUMBER);
  }

  @Test
  void theProtectionClaimIsNeverRecordedAsAFieldOfTheFile() {
    assertThatThrownBy(() -> person.exposure(EnumSet.of(ExposedField.PROTECTION_CLAIM)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exposure: PROTECTION_CLAIM follows from the disclosure to a government");
    assertThat(person.exposure()).isEmpty();
  }
}
