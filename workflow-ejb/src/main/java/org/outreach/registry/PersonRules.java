package org.outreach.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.outreach.privacy.LookupNormalisation;

/**
 * Validates and normalises a person before it is stored. Messages name the field and the rule,
 * never the value given.
 */
final class PersonRules {

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_ALTERNATE_NAMES = 10;
  static final int MAX_LANGUAGES = 10;

  private static final Set<String> COUNTRIES_ALPHA_2 = Set.of(Locale.getISOCountries());
  private static final Set<String> COUNTRIES_ALPHA_3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Set<String> LANGUAGES = languages();

  private PersonRules() {}

  /**
   * The person as it will be stored: names stripped, codes upper- or lower-cased, A-number as nine
   * digits.
   */
  static NewAffectedPerson validated(NewAffectedPerson person, Clock clock) {
    if (person == null) {
      throw new InvalidPersonException("person: required");
    }
    String familyName = name("familyName", person.familyName());
    String givenNames = name("givenNames", person.givenNames());
    if (person.alternateNames().size() > MAX_ALTERNATE_NAMES) {
      throw new InvalidPersonException(
          "alternateNames: at most " + MAX_ALTERNATE_NAMES + " alternate names");
    }
    List<String> alternateNames = new ArrayList<>();
    for (String alternate : person.alternateNames()) {
      alternateNames.add(name("alternateNames", alternate));
    }
    LocalDate dateOfBirth = person.dateOfBirth();
    if (dateOfBirth == null) {
      throw new InvalidPersonException("dateOfBirth: required");
    }
    if (dateOfBirth.isAfter(LocalDate.now(clock))) {
      throw new InvalidPersonException("dateOfBirth: must not be in the future");
    }
    if (dateOfBirth.getYear() < 1900) {
      throw new InvalidPersonException("dateOfBirth: must not be before 1900");
    }
    String nationality = nationality(person.nationality());
    String aNumber = aNumber(person.aNumber());
    if (person.preferredLanguages().size() > MAX_LANGUAGES) {
      throw new InvalidPersonException(
          "preferredLanguages: at most " + MAX_LANGUAGES + " languages");
    }
    Set<String> languages = new HashSet<>();
    List<String> preferredLanguages = new ArrayList<>();
    for (String language : person.preferredLanguages()) {
      String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGES.contains(code)) {
        throw new InvalidPersonException(
            "preferredLanguages: each must be an ISO 639 language code (2 or 3 letters)");
      }
      if (languages.add(code)) {
        preferredLanguages.add(code);
      }
    }
    return new NewAffectedPerson(
        familyName,
        givenNames,
        alternateNames,
        dateOfBirth,
        nationality,
        aNumber,
        preferredLanguages,
        person.custodyStatus());
  }

  /** Nine digits, or an exception naming the field; never the value. */
  static String aNumber(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidPersonException("aNumber: required");
    }
    try {
      return LookupNormalisation.aNumber(raw);
    } catch (IllegalArgumentException e) {
      throw new InvalidPersonException(
          "aNumber: 8 or 9 digits, optionally after an 'A', with spaces or dashes");
    }
  }

  private static String name(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidPersonException(field + ": required");
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_NAME_LENGTH) {
      throw new InvalidPersonException(field + ": at most " + MAX_NAME_LENGTH + " characters");
    }
    if (stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidPersonException(field + ": must not contain control characters");
    }
    return stripped;
  }

  private static String nationality(String value) {
    String code = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    if (!COUNTRIES_ALPHA_2.contains(code) && !COUNTRIES_ALPHA_3.contains(code)) {
      throw new InvalidPersonException(
          "nationality: must be an ISO 3166 country code (alpha-2 or alpha-3)");
    }
    return code;
  }

  private static Set<String> languages() {
    Set<String> codes = new HashSet<>();
    for (String code : Locale.getISOLanguages()) {
      codes.add(code);
      try {
        codes.add(Locale.forLanguageTag(code).getISO3Language());
      } catch (java.util.MissingResourceException e) {
        // a two-letter code without a three-letter form; the two-letter form still counts
      }
    }
    codes.remove("");
    return Set.copyOf(codes);
  }
}
