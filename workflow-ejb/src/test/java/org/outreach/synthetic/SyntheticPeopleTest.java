package org.outreach.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outreach.importing.ExistingPolicy;
import org.outreach.importing.ImportLimits;
import org.outreach.importing.ImportValidation;
import org.outreach.importing.ValidatedImport;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonRules;
import org.outreach.registry.RemovalTiming;

class SyntheticPeopleTest {

  private static String csv(long seed, int count) throws IOException {
    StringWriter out = new StringWriter();
    SyntheticFile.write(seed, count, out);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnotherOne() throws IOException {
    assertThat(csv(42, 300)).isEqualTo(csv(42, 300));
    assertThat(csv(42, 300)).isNotEqualTo(csv(43, 300));
  }

  @Test
  void sixThousandPeopleHaveTheCampaignsMix() {
    List<NewAffectedPerson> people = SyntheticPeople.generate(7, 6000);

    Map<CustodyStatus, Long> byStatus =
        people.stream()
            .collect(
                Collectors.groupingBy(NewAffectedPerson::custodyStatus, Collectors.counting()));
    Map<RemovalTiming, Long> byTiming =
        people.stream()
            .filter(p -> p.custodyStatus() == CustodyStatus.REMOVED)
            .collect(
                Collectors.groupingBy(
                    p -> p.custodyFacts().removalTiming(), Collectors.counting()));

    assertThat(byStatus.get(CustodyStatus.RELEASED)).isEqualTo(2900);
    assertThat(byStatus.get(CustodyStatus.DETAINED)).isEqualTo(2200);
    assertThat(byTiming.get(RemovalTiming.BEFORE_LEAK_FOUND)).isGreaterThanOrEqualTo(100);
    assertThat(byTiming.get(RemovalTiming.AFTER_LEAK_BEFORE_NOTICE)).isBetween(1L, 9L);
    assertThat(byStatus.get(CustodyStatus.UNKNOWN))
        .isEqualTo(6000 - 2900 - 2200 - byStatus.get(CustodyStatus.REMOVED));
  }

  @Test
  void peopleComeFromAtLeastEightOriginsWithTheirLanguages() {
    List<NewAffectedPerson> people = SyntheticPeople.generate(7, 6000);

    Set<String> nationalities =
        people.stream().map(NewAffectedPerson::nationality).collect(Collectors.toSet());
    Set<String> languages =
        people.stream().flatMap(p -> p.preferredLanguages().stream()).collect(Collectors.toSet());

    assertThat(nationalities).hasSizeGreaterThanOrEqualTo(8);
    assertThat(languages).contains("es", "ar", "fa", "ht", "ru", "ti", "zh", "pt", "fr");
  }

  @Test
  void everyPersonIsValidAndUniqueAndContactsAreFictional() {
    List<NewAffectedPerson> people = SyntheticPeople.generate(11, 6000);

    assertThat(people)
        .allSatisfy(p -> assertThat(PersonRules.problems(p, Clock.systemUTC())).isEmpty());
    assertThat(people.stream().map(NewAffectedPerson::aNumber).distinct()).hasSize(6000);
    assertThat(people).allSatisfy(p -> assertThat(p.aNumber()).startsWith("99").hasSize(9));
    assertThat(people.stream().flatMap(p -> p.contactPoints().stream()))
        .allSatisfy(
            point -> {
              switch (point.kind()) {
                case PHONE -> assertThat(point.value()).matches("\\+1[0-9]{3}55501[0-9]{2}");
                case EMAIL -> assertThat(point.value()).endsWith("@example.org");
                default -> {}
              }
            });
    long withAttorney = people.stream().filter(p -> p.attorney() != null).count();
    long withContacts = people.stream().filter(p -> !p.contactPoints().isEmpty()).count();
    assertThat(withAttorney).isBetween(1500L, 3000L);
    assertThat(withContacts).isBetween(2500L, 4000L);
  }

  @Test
  void theWrittenFilePassesTheImportsChecksRowForRow() throws IOException {
    byte[] file = csv(5, 6000).getBytes(StandardCharsets.UTF_8);

    ValidatedImport result =
        new ImportValidation(
                ImportLimits.DEFAULT,
                Clock.systemUTC(),
                (Function<java.util.Collection<String>, Map<String, java.util.UUID>>)
                    aNumbers -> Map.of(),
                ExistingPolicy.REJECT)
            .validate(new ByteArrayInputStream(file));

    assertThat(result.problems()).isEmpty();
    assertThat(result.validRows()).hasSize(6000);
    assertThat(result.validRows().get(0).person().familyName())
        .isEqualTo(SyntheticPeople.generate(5, 6000).get(0).familyName());
    assertThat(result.validRows())
        .extracting(row -> row.person().exposure())
        .isEqualTo(
            SyntheticPeople.generate(5, 6000).stream().map(NewAffectedPerson::exposure).toList());
  }

  @Test
  void everyoneWasInThePublishedFileMostWithAllFiveOfItsFields() {
    List<NewAffectedPerson> people = SyntheticPeople.generate(13, 6000);
    Set<ExposedField> published =
        EnumSet.of(
            ExposedField.NAME,
            ExposedField.DATE_OF_BIRTH,
            ExposedField.NATIONALITY,
            ExposedField.DETENTION_LOCATION,
            ExposedField.A_NUMBER);

    assertThat(people)
        .allSatisfy(
            p ->
                assertThat(p.exposure())
                    .contains(ExposedField.NAME)
                    .doesNotContain(ExposedField.PROTECTION_CLAIM));
    assertThat(people.stream().filter(p -> p.exposure().equals(published)).count())
        .isBetween(5400L, 5900L);
  }

  @Test
  void theSampleFileIsTheGeneratorsOutputWithTheExposedFieldsLast() throws IOException {
    String sample =
        Files.readString(
            Path.of("..", "docs", "sample-affected-people.csv"), StandardCharsets.UTF_8);

    assertThat(sample).isEqualTo(csv(2025, 12));
    assertThat(sample.lines().findFirst().orElseThrow()).endsWith(",risk_note,exposed_fields");
    assertThat(sample.lines().skip(1))
        .hasSize(12)
        .allSatisfy(
            row ->
                assertThat(row)
                    .matches(
                        ".*,NAME\\|DATE_OF_BIRTH\\|NATIONALITY\\|DETENTION_LOCATION(\\|A_NUMBER)?"));
  }
}
