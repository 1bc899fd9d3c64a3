package org.outreach.registry;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.outreach.privacy.LookupNormalisation;
import org.outreach.text.FreeText;

/**
 * Validates and normalises a person before it is stored. Every field is checked and every problem
 * reported, so one pass over a list names all of a row's problems. Problems name the field and the
 * rule, never the value given.
 */
public final class PersonRules {

  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_ALTERNATE_NAMES = 10;
  static final int MAX_LANGUAGES = 10;
  static final int MAX_CONTACT_POINTS = 20;
  static final int MAX_ADDRESS_LENGTH = 500;
  static final int MAX_SOURCE_LENGTH = 100;
  static final int MAX_NOTE_LENGTH = 2000;
  static final int MAX_EMAIL_LENGTH = 254;

  private static final Set<String> COUNTRIES_ALPHA_2 = Set.of(Locale.getISOCountries());
  private static final Set<String> COUNTRIES_ALPHA_3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
  private static final Set<String> LANGUAGES = languages();

  /** E.164: a plus, a first digit that is not zero, at most 15 digits in all. */
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

  /**
   * A deliberately plain address: a dot-atom local part, a domain of letter/digit/hyphen labels and
   * a top-level domain of letters. Quoted local parts and IP literals are legal but never seen in
   * this campaign's sources, and refusing them keeps the notice mails predictable.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The rule a bidirectional control breaks, as problems name it. */
  public static final String BIDI_RULE = FreeText.BIDI_RULE;

  private PersonRules() {}

  /** Every problem of the person, in field order; empty when the person may be stored. */
  public static List<PersonProblem> problems(NewAffectedPerson person, Clock clock) {
    Check check = new Check(clock);
    check.person(person);
    return List.copyOf(check.problems);
  }

  /**
   * The person as it will be stored: text stripped, codes upper- or lower-cased, A-number as nine
   * digits.
   *
   * @throws InvalidPersonException naming every problem (field and rule), never a value
   */
  public static NewAffectedPerson validated(NewAffectedPerson person, Clock clock) {
    Check check = new Check(clock);
    NewAffectedPerson valid = check.person(person);
    if (!check.problems.isEmpty()) {
      throw new InvalidPersonException(
          check.problems.stream().map(PersonProblem::toString).collect(Collectors.joining("; ")));
    }
    return valid;
  }

  /**
   * Every problem of one contact point added to a record, its fields named {@code value}, {@code
   * source} and {@code asOf}; empty when it may be stored.
   */
  public static List<PersonProblem> contactPointProblems(ContactPoint point, Clock clock) {
    Check check = new Check(clock);
    check.contactPoints(List.of(point));
    return check.problems.stream()
        .map(p -> new PersonProblem(p.field().replace("contactPoints[0].", ""), p.rule()))
        .toList();
  }

  /**
   * One contact point as it will be stored.
   *
   * @throws InvalidPersonException naming every problem (field and rule), never a value
   */
  static ContactPoint validatedContactPoint(ContactPoint point, Clock clock) {
    Check check = new Check(clock);
    List<ContactPoint> valid = check.contactPoints(List.of(point));
    if (!check.problems.isEmpty()) {
      throw new InvalidPersonException(
          check.problems.stream()
              .map(
                  p ->
                      "contactPoint."
                          + p.field().replace("contactPoints[0].", "")
                          + ": "
                          + p.rule())
              .collect(Collectors.joining("; ")));
    }
    return valid.get(0);
  }

  /** Nine digits, or an exception naming the field; never the value. */
  static String aNumber(String raw) {
    Check check = new Check(Clock.systemUTC());
    String digits = check.aNumber(raw);
    if (!check.problems.isEmpty()) {
      throw new InvalidPersonException(check.problems.get(0).toString());
    }
    return digits;
  }

  /** Whether the text is an ISO 3166 alpha-2 or alpha-3 code (any case). */
  public static boolean isCountryCode(String code) {
    String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return COUNTRIES_ALPHA_2.contains(upper) || COUNTRIES_ALPHA_3.contains(upper);
  }

  /** Collects the problems of one person while building its normalised form. */
  private static final class Check {

    private final Clock clock;
    private final List<PersonProblem> problems = new ArrayList<>();

    Check(Clock clock) {
      this.clock = clock;
    }

    private void problem(String field, String rule) {
      problems.add(new PersonProblem(field, rule));
    }

    NewAffectedPerson person(NewAffectedPerson person) {
      if (person == null) {
        problem("person", "required");
        return null;
      }
      String familyName = name("familyName", person.familyName());
      String givenNames = name("givenNames", person.givenNames());
      List<String> alternateNames = new ArrayList<>();
      if (person.alternateNames().size() > MAX_ALTERNATE_NAMES) {
        problem("alternateNames", "at most " + MAX_ALTERNATE_NAMES + " alternate names");
      } else {
        for (int i = 0; i < person.alternateNames().size(); i++) {
          String name = name("alternateNames[" + i + "]", person.alternateNames().get(i));
          // a refused name is a problem, not an element: the normalised lists hold no nulls
          if (name != null) {
            alternateNames.add(name);
          }
        }
      }
      LocalDate dateOfBirth = pastDate("dateOfBirth", person.dateOfBirth(), true);
      String nationality = country("nationality", person.nationality(), true);
      String aNumber = aNumber(person.aNumber());
      List<String> preferredLanguages = languages(person.preferredLanguages());
      CustodyFacts facts = custody(person.custodyStatus(), person.custodyFacts(), dateOfBirth);
      List<ContactPoint> contactPoints = contactPoints(person.contactPoints());
      Attorney attorney = attorney(person.attorney());
      RiskNotes riskNotes = riskNotes(person.riskNotes());
      Set<ExposedField> exposure = exposure(person.exposure());
      return new NewAffectedPerson(
          familyName,
          givenNames,
          alternateNames,
          dateOfBirth,
          nationality,
          aNumber,
          preferredLanguages,
          person.custodyStatus(),
          facts,
          contactPoints,
          attorney,
          riskNotes,
          exposure);
    }

    String aNumber(String raw) {
      if (raw == null || raw.isBlank()) {
        problem("aNumber", "required");
        return null;
      }
      try {
        return LookupNormalisation.aNumber(raw);
      } catch (IllegalArgumentException e) {
        problem("aNumber", "8 or 9 digits, optionally after an 'A', with spaces or dashes");
        return null;
      }
    }

    private String name(String field, String value) {
      String text = text(field, value, MAX_NAME_LENGTH, true);
      if (text != null && text.codePoints().noneMatch(Character::isLetter)) {
        problem(field, "must contain a letter");
      }
      return text;
    }

    /**
     * Stripped text in Unicode NFC, or null (with a problem when required). Composing first means a
     * name typed with combining accents is stored, counted and indexed like its precomposed
     * spelling. Refuses control characters, the bidirectional controls that make a page or letter
     * show text in another order than it is stored, and markup ({@code <}, {@code >}): the text
     * ends up in pages, letters and mails. Zero-width joiner and non-joiner are letters' business
     * in Persian and Indic scripts and are kept.
     */
    private String text(String field, String value, int maxLength, boolean required) {
      if (value == null || value.isBlank()) {
        if (required) {
          problem(field, "required");
        }
        return null;
      }
      String stripped = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
      if (stripped.length() > maxLength) {
        problem(field, "at most " + maxLength + " characters");
        return null;
      }
      if (stripped.codePoints().anyMatch(Character::isISOControl)) {
        problem(field, "must not contain control characters");
        return null;
      }
      if (stripped.codePoints().anyMatch(FreeText::isBidiControl)) {
        problem(field, BIDI_RULE);
        return null;
      }
      if (stripped.indexOf('<') >= 0 || stripped.indexOf('>') >= 0) {
        problem(field, "must not contain markup (< or >)");
        return null;
      }
      return stripped;
    }

    private LocalDate pastDate(String field, LocalDate date, boolean required) {
      if (date == null) {
        if (required) {
          problem(field, "required");
        }
        return null;
      }
      if (date.isAfter(LocalDate.now(clock))) {
        problem(field, "must not be in the future");
        return null;
      }
      if (date.isBefore(EARLIEST)) {
        problem(field, "must not be before 1900");
        return null;
      }
      return date;
    }

    private String country(String field, String value, boolean required) {
      if (value == null || value.isBlank()) {
        if (required) {
          problem(field, "required");
        }
        return null;
      }
      if (!isCountryCode(value)) {
        problem(field, "must be an ISO 3166 country code (alpha-2 or alpha-3)");
        return null;
      }
      return value.strip().toUpperCase(Locale.ROOT);
    }

    private List<String> languages(List<String> given) {
      List<String> preferred = new ArrayList<>();
      if (given.size() > MAX_LANGUAGES) {
        problem("preferredLanguages", "at most " + MAX_LANGUAGES + " languages");
        return preferred;
      }
      Set<String> seen = new HashSet<>();
      for (String language : given) {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(code)) {
          problem("preferredLanguages", "each must be an ISO 639 language code (2 or 3 letters)");
          return preferred;
        }
        if (seen.add(code)) {
          preferred.add(code);
        }
      }
      return preferred;
    }

    private CustodyFacts custody(CustodyStatus status, CustodyFacts facts, LocalDate born) {
      boolean detained = status == CustodyStatus.DETAINED;
      boolean released = status == CustodyStatus.RELEASED;
      boolean removed = status == CustodyStatus.REMOVED;
      String facility = null;
      LocalDate since = null;
      LocalDate releasedOn = null;
      String removedTo = null;
      LocalDate removedOn = null;
      RemovalTiming timing = null;
      if (detained) {
        facility =
            text(
                "custodyFacts.detentionFacility", facts.detentionFacility(), MAX_NAME_LENGTH, true);
        since = afterBirth("custodyFacts.detainedSince", facts.detainedSince(), born);
      } else {
        absent("custodyFacts.detentionFacility", facts.detentionFacility(), CustodyStatus.DETAINED);
        absent("custodyFacts.detainedSince", facts.detainedSince(), CustodyStatus.DETAINED);
      }
      if (released) {
        releasedOn = afterBirth("custodyFacts.releasedOn", facts.releasedOn(), born);
      } else {
        absent("custodyFacts.releasedOn", facts.releasedOn(), CustodyStatus.RELEASED);
      }
      if (removed) {
        removedTo = country("custodyFacts.removedTo", facts.removedTo(), true);
        removedOn = afterBirth("custodyFacts.removedOn", facts.removedOn(), born);
        timing = facts.removalTiming();
        if (timing == null) {
          problem("custodyFacts.removalTiming", "required when custody status is REMOVED");
        }
      } else {
        absent("custodyFacts.removedTo", facts.removedTo(), CustodyStatus.REMOVED);
        absent("custodyFacts.removedOn", facts.removedOn(), CustodyStatus.REMOVED);
        absent("custodyFacts.removalTiming", facts.removalTiming(), CustodyStatus.REMOVED);
      }
      return new CustodyFacts(facility, since, releasedOn, removedTo, removedOn, timing);
    }

    private LocalDate afterBirth(String field, LocalDate date, LocalDate born) {
      LocalDate valid = pastDate(field, date, true);
      if (valid != null && born != null && valid.isBefore(born)) {
        problem(field, "must not be before the date of birth");
        return null;
      }
      return valid;
    }

    private void absent(String field, Object value, CustodyStatus belongsTo) {
      boolean present = value instanceof String text ? !text.isBlank() : value != null;
      if (present) {
        problem(field, "must be empty unless custody status is " + belongsTo);
      }
    }

    private List<ContactPoint> contactPoints(List<ContactPoint> given) {
      List<ContactPoint> valid = new ArrayList<>();
      if (given.size() > MAX_CONTACT_POINTS) {
        problem("contactPoints", "at most " + MAX_CONTACT_POINTS + " contact points");
        return valid;
      }
      for (int i = 0; i < given.size(); i++) {
        ContactPoint point = given.get(i);
        String prefix = "contactPoints[" + i + "].";
        String value =
            switch (point.kind()) {
              case EMAIL -> email(prefix + "value", point.value(), true);
              case PHONE -> phone(prefix + "value", point.value());
              case POSTAL_ADDRESS ->
                  text(prefix + "value", point.value(), MAX_ADDRESS_LENGTH, true);
              case PARTNER_ORGANISATION ->
                  text(prefix + "value", point.value(), MAX_NAME_LENGTH, true);
            };
        String source = text(prefix + "source", point.source(), MAX_SOURCE_LENGTH, false);
        LocalDate asOf = pastDate(prefix + "asOf", point.asOf(), false);
        valid.add(new ContactPoint(point.kind(), value, source, asOf, point.safeToContact()));
      }
      return valid;
    }

    private String email(String field, String value, boolean required) {
      if (value == null || value.isBlank()) {
        if (required) {
          problem(field, "required");
        }
        return null;
      }
      String stripped = value.strip();
      if (stripped.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(stripped).matches()) {
        problem(field, "must be an email address (name@domain.tld)");
        return null;
      }
      int at = stripped.lastIndexOf('@');
      return stripped.substring(0, at) + stripped.substring(at).toLowerCase(Locale.ROOT);
    }

    private String phone(String field, String value) {
      if (value == null || value.isBlank()) {
        problem(field, "required");
        return null;
      }
      String stripped = value.strip();
      if (!E164.matcher(stripped).matches()) {
        problem(field, "must be an E.164 phone number (+ and 7 to 15 digits, no spaces)");
        return null;
      }
      return stripped;
    }

    private Attorney attorney(Attorney attorney) {
      if (attorney == null) {
        return null;
      }
      return new Attorney(
          name("attorney.name", attorney.name()),
          text("attorney.firm", attorney.firm(), MAX_NAME_LENGTH, false),
          email("attorney.email", attorney.email(), false),
          text("attorney.address", attorney.address(), MAX_ADDRESS_LENGTH, false));
    }

    private RiskNotes riskNotes(RiskNotes notes) {
      String note = notes.note();
      if (note != null && note.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
        problem("riskNotes.note", "must not contain control characters other than line breaks");
        return new RiskNotes(notes.disclosedToGovernment(), null);
      }
      String flat = note == null ? null : note.replace('\n', ' ');
      String valid = text("riskNotes.note", flat, MAX_NOTE_LENGTH, false);
      return new RiskNotes(
          notes.disclosedToGovernment(),
          valid == null ? null : Normalizer.normalize(note.strip(), Normalizer.Form.NFC));
    }

    /** The fields of the published file; that the person sought protection is not one of them. */
    private Set<ExposedField> exposure(Set<ExposedField> given) {
      if (given.contains(ExposedField.PROTECTION_CLAIM)) {
        problem(
            "exposure",
            "must not include PROTECTION_CLAIM, which follows from"
                + " riskNotes.disclosedToGovernment");
        return Set.of();
      }
      return given;
    }
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
