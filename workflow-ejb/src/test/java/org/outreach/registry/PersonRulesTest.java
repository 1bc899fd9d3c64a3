package org.outreach.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.outreach.text.FreeText;

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

  private static NewAffectedPerson withCustody(CustodyStatus status, CustodyFacts facts) {
    return withDetails(status, facts, List.of(), null, null);
  }

  private static NewAffectedPerson withDetails(
      CustodyStatus status,
      CustodyFacts facts,
      List<ContactPoint> contacts,
      Attorney attorney,
      RiskNotes notes) {
    return new NewAffectedPerson(
        "Joseph",
        "Marie Claire",
        List.of(),
        BORN,
        "HT",
        "123456789",
        List.of("ht"),
        status,
        facts,
        contacts,
        attorney,
        notes);
  }

  private static List<String> problemsOf(NewAffectedPerson person) {
    return PersonRules.problems(person, NOW).stream().map(PersonProblem::toString).toList();
  }

  private static final LocalDate LAST_YEAR = LocalDate.of(2025, 10, 1);

  @Test
  void eachCustodyStatusIsAcceptedWithItsOwnFacts() {
    assertThat(
            problemsOf(
                withCustody(
                    CustodyStatus.DETAINED, CustodyFacts.detained("Facility North", LAST_YEAR))))
        .isEmpty();
    assertThat(problemsOf(withCustody(CustodyStatus.RELEASED, CustodyFacts.released(LAST_YEAR))))
        .isEmpty();
    assertThat(
            problemsOf(
                withCustody(
                    CustodyStatus.REMOVED,
                    CustodyFacts.removed("cub", LAST_YEAR, RemovalTiming.BEFORE_LEAK_FOUND))))
        .isEmpty();
    assertThat(problemsOf(withCustody(CustodyStatus.UNKNOWN, null))).isEmpty();
  }

  @Test
  void detainedWithoutFacilityOrDateNamesBothMissingFacts() {
    assertThat(problemsOf(withCustody(CustodyStatus.DETAINED, null)))
        .containsExactly(
            "custodyFacts.detentionFacility: required", "custodyFacts.detainedSince: required");
  }

  @Test
  void releasedWithoutDateIsRefused() {
    assertThat(problemsOf(withCustody(CustodyStatus.RELEASED, null)))
        .containsExactly("custodyFacts.releasedOn: required");
  }

  @Test
  void removedNeedsCountryDateAndTiming() {
    assertThat(problemsOf(withCustody(CustodyStatus.REMOVED, null)))
        .containsExactly(
            "custodyFacts.removedTo: required",
            "custodyFacts.removedOn: required",
            "custodyFacts.removalTiming: required when custody status is REMOVED");
    assertThat(
            problemsOf(
                withCustody(
                    CustodyStatus.REMOVED,
                    CustodyFacts.removed("Cuba", LAST_YEAR, RemovalTiming.BEFORE_LEAK_FOUND))))
        .containsExactly(
            "custodyFacts.removedTo: must be an ISO 3166 country code (alpha-2 or alpha-3)");
  }

  @Test
  void factsOfAnotherStatusAreRefused() {
    assertThat(problemsOf(withCustody(CustodyStatus.UNKNOWN, CustodyFacts.released(LAST_YEAR))))
        .containsExactly(
            "custodyFacts.releasedOn: must be empty unless custody status is RELEASED");
    assertThat(
            problemsOf(
                withCustody(
                    CustodyStatus.RELEASED,
                    new CustodyFacts("Facility", null, LAST_YEAR, null, null, null))))
        .containsExactly(
            "custodyFacts.detentionFacility: must be empty unless custody status is DETAINED");
  }

  @Test
  void aCustodyDateInTheFutureOrBeforeBirthIsRefused() {
    assertThat(
            problemsOf(
                withCustody(
                    CustodyStatus.RELEASED, CustodyFacts.released(LocalDate.of(2027, 1, 1)))))
        .containsExactly("custodyFacts.releasedOn: must not be in the future");
    assertThat(
            problemsOf(
                withCustody(
                    CustodyStatus.RELEASED, CustodyFacts.released(LocalDate.of(1980, 1, 1)))))
        .containsExactly("custodyFacts.releasedOn: must not be before the date of birth");
  }

  @Test
  void phonesMustBeE164AndEmailsWellFormed() {
    List<ContactPoint> contacts =
        List.of(
            new ContactPoint(ContactKind.PHONE, "+12025550123", "list", LAST_YEAR, true),
            new ContactPoint(ContactKind.PHONE, "202-555-0123", "list", LAST_YEAR, true),
            new ContactPoint(ContactKind.EMAIL, "person@example.org", "list", null, true),
            new ContactPoint(ContactKind.EMAIL, "person.example.org", "list", null, true));

    assertThat(problemsOf(withDetails(CustodyStatus.UNKNOWN, null, contacts, null, null)))
        .containsExactly(
            "contactPoints[1].value: must be an E.164 phone number (+ and 7 to 15 digits, no"
                + " spaces)",
            "contactPoints[3].value: must be an email address (name@domain.tld)");
  }

  @Test
  void aContactDatedInTheFutureIsRefused() {
    List<ContactPoint> contacts =
        List.of(
            new ContactPoint(
                ContactKind.POSTAL_ADDRESS, "1 Main St", "list", LocalDate.of(2027, 1, 1), true));

    assertThat(problemsOf(withDetails(CustodyStatus.UNKNOWN, null, contacts, null, null)))
        .containsExactly("contactPoints[0].asOf: must not be in the future");
  }

  @Test
  void anAttorneyNeedsANameAndAValidEmail() {
    assertThat(
            problemsOf(
                withDetails(
                    CustodyStatus.UNKNOWN,
                    null,
                    List.of(),
                    new Attorney(" ", "Firm", "counsel@@example.org", null),
                    null)))
        .containsExactly(
            "attorney.name: required",
            "attorney.email: must be an email address (name@domain.tld)");
  }

  @Test
  void markupInANameIsRefused() {
    assertThat(problemsOf(person("<script>alert(1)</script>", BORN, "HT", "123456789", "fr")))
        .containsExactly("familyName: must not contain markup (< or >)");
  }

  @Test
  void controlCharactersAndOverlongTextAreRefused() {
    assertThat(problemsOf(person("Jo\u0007seph", BORN, "HT", "123456789", "fr")))
        .containsExactly("familyName: must not contain control characters");
    assertThat(problemsOf(person("J".repeat(201), BORN, "HT", "123456789", "fr")))
        .containsExactly("familyName: at most 200 characters");
    assertThat(
            problemsOf(
                withDetails(
                    CustodyStatus.UNKNOWN,
                    null,
                    List.of(),
                    null,
                    new RiskNotes(true, "n".repeat(2001)))))
        .containsExactly("riskNotes.note: at most 2000 characters");
  }

  @Test
  void aRefusedAlternateNameIsReportedAndNeverThrown() {
    NewAffectedPerson person =
        new NewAffectedPerson(
            "Joseph",
            "Marie Claire",
            List.of("Jo\nseph", "J".repeat(10_000), "Josef"),
            BORN,
            "HT",
            "123456789",
            List.of("fr"),
            null);

    assertThat(problemsOf(person))
        .containsExactly(
            "alternateNames[0]: must not contain control characters",
            "alternateNames[1]: at most 200 characters");
    assertThatThrownBy(() -> PersonRules.validated(person, NOW))
        .isInstanceOf(InvalidPersonException.class)
        .hasMessageNotContaining("JJJ");
  }

  private static NewAffectedPerson named(String familyName, String givenNames) {
    return new NewAffectedPerson(
        familyName, givenNames, List.of(familyName), BORN, "AF", "123456789", List.of("fa"), null);
  }

  @Test
  void aLatinNameWithCombiningAccentsIsStoredComposed() {
    NewAffectedPerson valid =
        PersonRules.validated(named("Nu\u0301n\u0303ez", "Jose\u0301 Mari\u0301a"), NOW);

    assertThat(valid.familyName()).isEqualTo("N\u00fa\u00f1ez").hasSize(5);
    assertThat(valid.givenNames()).isEqualTo("Jos\u00e9 Mar\u00eda");
    assertThat(valid.alternateNames()).containsExactly("N\u00fa\u00f1ez");
  }

  @Test
  void theLengthLimitCountsTheComposedName() {
    NewAffectedPerson valid = PersonRules.validated(named("e\u0301".repeat(150), "Ana"), NOW);

    assertThat(valid.familyName()).isEqualTo("\u00e9".repeat(150));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Arabic|\u0645\u062d\u0645\u062f|\u0639\u0644\u064a",
        "Persian with zero-width non-joiner|\u0646\u06cc\u06a9\u200c\u0646\u0627\u0645"
            + "|\u0632\u0647\u0631\u0627",
        "Devanagari with zero-width joiner|\u0905\u0930\u094d\u200d\u091c\u0941\u0928"
            + "|\u0936\u094d\u0930\u0940",
        "Ethiopic|\u1260\u122d\u1200\u1290|\u1204\u1208\u1295",
        "Chinese|\u738b|\u79c0\u82f1"
      })
  void aNameInEachScriptOfTheCampaignIsAcceptedAsWritten(
      String script, String familyName, String givenNames) {
    NewAffectedPerson valid = PersonRules.validated(named(familyName, givenNames), NOW);

    assertThat(valid.familyName()).isEqualTo(familyName);
    assertThat(valid.givenNames()).isEqualTo(givenNames);
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "202A", "202B", "202C", "202D", "202E", "2066", "2067", "2068", "2069", "200E", "200F",
        "061C"
      })
  void eachBidirectionalControlIsRefusedInNamesAndFreeTextNamingFieldAndRule(String hex) {
    String control = Character.toString(Integer.parseInt(hex, 16));
    String name = "Jo" + control + "seph";
    NewAffectedPerson person =
        new NewAffectedPerson(
            name,
            "Marie",
            List.of(),
            BORN,
            "HT",
            "123456789",
            List.of("fr"),
            CustodyStatus.DETAINED,
            CustodyFacts.detained("North" + control + "field", LAST_YEAR),
            List.of(
                new ContactPoint(
                    ContactKind.POSTAL_ADDRESS, "1 Main St" + control, null, null, true)),
            null,
            new RiskNotes(false, "line one\nline " + control + "two"));

    List<String> problems = problemsOf(person);

    assertThat(problems)
        .containsExactly(
            "familyName: " + PersonRules.BIDI_RULE,
            "custodyFacts.detentionFacility: " + PersonRules.BIDI_RULE,
            "contactPoints[0].value: " + PersonRules.BIDI_RULE,
            "riskNotes.note: " + PersonRules.BIDI_RULE);
    assertThat(String.join(" ", problems)).doesNotContain("seph", "field", "Main", "two");
  }

  @Test
  void zeroWidthJoinersAreNotBidirectionalControls() {
    assertThat(FreeText.isBidiControl(0x200C)).isFalse();
    assertThat(FreeText.isBidiControl(0x200D)).isFalse();
  }

  @Test
  void aRiskNoteIsStoredComposedWithItsLineBreaks() {
    NewAffectedPerson valid =
        PersonRules.validated(
            withDetails(
                CustodyStatus.UNKNOWN,
                null,
                List.of(),
                null,
                new RiskNotes(true, " Tami\u0301l\nsecond line ")),
            NOW);

    assertThat(valid.riskNotes().note()).isEqualTo("Tam\u00edl\nsecond line");
  }

  @Test
  void everyProblemOfAPersonIsReportedAtOnceWithoutValues() {
    List<String> problems =
        problemsOf(person("", LocalDate.of(2030, 1, 1), "ZZ", "12", "klingon-ish"));

    assertThat(problems)
        .containsExactly(
            "familyName: required",
            "dateOfBirth: must not be in the future",
            "nationality: must be an ISO 3166 country code (alpha-2 or alpha-3)",
            "aNumber: 8 or 9 digits, optionally after an 'A', with spaces or dashes",
            "preferredLanguages: each must be an ISO 639 language code (2 or 3 letters)");
    assertThat(String.join(" ", problems)).doesNotContain("2030").doesNotContain("ZZ");
  }

  @Test
  void validatedKeepsCustodyFactsContactsAttorneyAndNotes() {
    NewAffectedPerson valid =
        PersonRules.validated(
            withDetails(
                CustodyStatus.DETAINED,
                CustodyFacts.detained(" Facility North ", LAST_YEAR),
                List.of(new ContactPoint(ContactKind.EMAIL, "A.B@Example.ORG", "list", null, true)),
                new Attorney("Counsel Name", null, null, null),
                new RiskNotes(true, " note ")),
            NOW);

    assertThat(valid.custodyFacts().detentionFacility()).isEqualTo("Facility North");
    assertThat(valid.contactPoints())
        .singleElement()
        .extracting(ContactPoint::value)
        .isEqualTo("A.B@example.org");
    assertThat(valid.attorney().name()).isEqualTo("Counsel Name");
    assertThat(valid.riskNotes().disclosedToGovernment()).isTrue();
    assertThat(valid.riskNotes().note()).isEqualTo("note");
  }

  @Test
  void theFieldsOfThePublishedFileAreKeptAndTheProtectionClaimIsRefusedAsOne() {
    NewAffectedPerson exposed = withExposure(EnumSet.of(ExposedField.NAME, ExposedField.A_NUMBER));

    assertThat(PersonRules.validated(exposed, NOW).exposure())
        .containsExactly(ExposedField.NAME, ExposedField.A_NUMBER);
    assertThat(problemsOf(withExposure(EnumSet.of(ExposedField.PROTECTION_CLAIM))))
        .containsExactly(
            "exposure: must not include PROTECTION_CLAIM, which follows from"
                + " riskNotes.disclosedToGovernment");
    assertThat(PersonRules.validated(withCustody(CustodyStatus.UNKNOWN, null), NOW).exposure())
        .as("not recorded")
        .isEmpty();
  }

  private static NewAffectedPerson withExposure(Set<ExposedField> exposure) {
    NewAffectedPerson person = withCustody(CustodyStatus.UNKNOWN, null);
    return new NewAffectedPerson(
        person.familyName(),
        person.givenNames(),
        person.alternateNames(),
        person.dateOfBirth(),
        person.nationality(),
        person.aNumber(),
        person.preferredLanguages(),
        person.custodyStatus(),
        person.custodyFacts(),
        person.contactPoints(),
        person.attorney(),
        person.riskNotes(),
        exposure);
  }
}
