package org.outreach.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.outreach.privacy.LookupNormalisation;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactKind;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.CustodyStatus;
import org.outreach.registry.ExposedField;
import org.outreach.registry.NewAffectedPerson;
import org.outreach.registry.PersonProblem;
import org.outreach.registry.PersonRules;
import org.outreach.registry.RemovalTiming;
import org.outreach.registry.RiskNotes;

/**
 * Reads a whole import file and checks every row before anything is written: the file's encoding
 * and structure, the header, each cell's format, every rule of a person, A-numbers repeated within
 * the file and A-numbers registered already. Problems name row, column and reason, never a value.
 */
public final class ImportValidation {

  /** The report lists this many problems; the counts cover all of them. */
  public static final int MAX_REPORTED_PROBLEMS = 1000;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** A leading character that makes a spreadsheet treat the cell as a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private static final Pattern PHONE_LIKE = Pattern.compile("\\+[0-9]+");

  /** What the published file held; that a person sought protection is disclosed_to_government's. */
  private static final Set<ExposedField> PUBLISHED_FIELDS =
      EnumSet.complementOf(EnumSet.of(ExposedField.PROTECTION_CLAIM));

  private final ImportLimits limits;
  private final Clock clock;
  private final Function<Collection<String>, Map<String, UUID>> registered;
  private final ExistingPolicy existingPolicy;

  private final List<ImportProblem> problems = new ArrayList<>();
  private int problemCount;

  /**
   * @param registered the ids of registered people by A-number (nine digits), for the A-numbers
   *     given; called once, after every row is read
   */
  public ImportValidation(
      ImportLimits limits,
      Clock clock,
      Function<Collection<String>, Map<String, UUID>> registered,
      ExistingPolicy existingPolicy) {
    this.limits = limits;
    this.clock = clock;
    this.registered = registered;
    this.existingPolicy = existingPolicy;
  }

  private record Candidate(int row, NewAffectedPerson person, String aNumber, boolean valid) {}

  public ValidatedImport validate(InputStream in) {
    CsvReader reader = new CsvReader(in, limits);
    List<Candidate> candidates = new ArrayList<>();
    int rows = 0;
    try {
      CsvRecord header = reader.next();
      if (header == null) {
        return rejected(0, ImportProblem.ofFile("the file is empty"));
      }
      Map<ImportColumn, Integer> columns = columns(header);
      if (columns == null) {
        return new ValidatedImport(0, List.of(), 0, problems, problemCount, true);
      }
      for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
        rows++;
        candidates.add(candidate(record, columns, header.cells().size()));
      }
    } catch (CsvFormatException e) {
      return rejected(rows, new ImportProblem(e.row(), null, e.getMessage()));
    } catch (IOException e) {
      // an I/O failure's own message may quote a path; the cause is dropped on purpose
      throw new ImportUnreadableException(
          "the file could not be read to its end (after row " + rows + "); nothing was written");
    }
    if (rows == 0) {
      return rejected(0, ImportProblem.ofFile("the file has a header row but no data rows"));
    }
    Set<Integer> invalid = new LinkedHashSet<>();
    candidates.stream().filter(c -> !c.valid()).forEach(c -> invalid.add(c.row()));
    markDuplicatesInFile(candidates, invalid);
    Map<String, UUID> existing = existing(candidates, invalid);
    List<ImportRow> valid = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (invalid.contains(candidate.row())) {
        continue;
      }
      UUID id = existing.get(candidate.aNumber());
      if (id != null && existingPolicy == ExistingPolicy.REJECT) {
        problem(
            ImportProblem.of(
                candidate.row(),
                ImportColumn.A_NUMBER,
                "a person with this A-number is registered already (to update registered people,"
                    + " import with existing=update)"));
        invalid.add(candidate.row());
        continue;
      }
      valid.add(new ImportRow(candidate.row(), candidate.person(), id));
    }
    problems.sort((a, b) -> a.row() != b.row() ? Integer.compare(a.row(), b.row()) : 0);
    return new ValidatedImport(rows, valid, invalid.size(), problems, problemCount, false);
  }

  private ValidatedImport rejected(int rows, ImportProblem problem) {
    problems.clear();
    problemCount = 0;
    problem(problem);
    return new ValidatedImport(rows, List.of(), rows, problems, problemCount, true);
  }

  private void problem(ImportProblem problem) {
    problemCount++;
    if (problems.size() < MAX_REPORTED_PROBLEMS) {
      problems.add(problem);
    }
  }

  private Map<ImportColumn, Integer> columns(CsvRecord header) {
    List<String> names = header.cells();
    if (names.size() == 1) {
      String only = names.get(0);
      if (only.indexOf(';') >= 0) {
        problem(
            ImportProblem.ofRow(
                1, "the header is separated by semicolons (;); the file must be comma-separated"));
        return null;
      }
      if (only.indexOf('\t') >= 0) {
        problem(
            ImportProblem.ofRow(
                1, "the header is separated by tabs; the file must be comma-separated"));
        return null;
      }
    }
    Map<ImportColumn, Integer> columns = new EnumMap<>(ImportColumn.class);
    boolean any = false;
    for (int i = 0; i < names.size(); i++) {
      var column = ImportColumn.byHeader(names.get(i).strip());
      if (column.isEmpty()) {
        // the cell is not echoed: a file without a header would put a person's data here
        problem(
            ImportProblem.ofRow(
                1, "column " + (i + 1) + " of the header is not a documented column name"));
        continue;
      }
      any = true;
      if (columns.putIfAbsent(column.get(), i) != null) {
        problem(ImportProblem.of(1, column.get(), "the column appears more than once"));
      }
    }
    if (!any) {
      problems.clear();
      problemCount = 0;
      problem(
          ImportProblem.ofRow(
              1, "the first row is not the documented header row (no known column name in it)"));
      return null;
    }
    for (ImportColumn column : ImportColumn.values()) {
      if (!columns.containsKey(column)) {
        problem(ImportProblem.of(1, column, "the column is missing from the header"));
      }
    }
    return problemCount == 0 ? columns : null;
  }

  /** Reads one row into a person; every problem of the row is recorded. */
  private Candidate candidate(CsvRecord record, Map<ImportColumn, Integer> columns, int width) {
    int row = record.row();
    if (record.cells().size() != width) {
      problem(
          ImportProblem.ofRow(
              row, "the row has " + record.cells().size() + " cells; the header has " + width));
      return new Candidate(row, null, null, false);
    }
    Cells cells = new Cells(row, record.cells(), columns);
    String aNumber = cells.aNumber();
    NewAffectedPerson person = cells.person();
    if (!cells.problems.isEmpty()) {
      cells.problems.forEach(this::problem);
      return new Candidate(row, null, aNumber, false);
    }
    List<PersonProblem> rules = PersonRules.problems(person, clock);
    if (!rules.isEmpty()) {
      Set<ImportProblem> mapped = new LinkedHashSet<>();
      for (PersonProblem rule : rules) {
        mapped.add(
            new ImportProblem(row, columnOf(rule.field(), cells.contactColumns), rule.rule()));
      }
      mapped.forEach(this::problem);
      return new Candidate(row, null, aNumber, false);
    }
    return new Candidate(row, PersonRules.validated(person, clock), aNumber, true);
  }

  private void markDuplicatesInFile(List<Candidate> candidates, Set<Integer> invalid) {
    Map<String, List<Integer>> rowsByANumber = new HashMap<>();
    for (Candidate candidate : candidates) {
      if (candidate.aNumber() != null) {
        rowsByANumber
            .computeIfAbsent(candidate.aNumber(), key -> new ArrayList<>())
            .add(candidate.row());
      }
    }
    for (List<Integer> rows : rowsByANumber.values()) {
      if (rows.size() > 1) {
        for (Integer row : rows) {
          String others =
              rows.stream()
                  .filter(other -> !other.equals(row))
                  .map(String::valueOf)
                  .collect(Collectors.joining(", "));
          problem(
              ImportProblem.of(
                  row, ImportColumn.A_NUMBER, "the same A-number is in row(s) " + others));
          invalid.add(row);
        }
      }
    }
  }

  private Map<String, UUID> existing(List<Candidate> candidates, Set<Integer> invalid) {
    List<String> aNumbers =
        candidates.stream()
            .filter(c -> !invalid.contains(c.row()))
            .map(Candidate::aNumber)
            .toList();
    return aNumbers.isEmpty() ? Map.of() : registered.apply(aNumbers);
  }

  private static String columnOf(String field, List<ImportColumn> contactColumns) {
    if (field.startsWith("contactPoints[")) {
      int end = field.indexOf(']');
      int index = Integer.parseInt(field.substring("contactPoints[".length(), end));
      String rest = field.substring(end + 1);
      return switch (rest) {
        case ".source" -> ImportColumn.CONTACT_SOURCE.header();
        case ".asOf" -> ImportColumn.CONTACT_AS_OF.header();
        default -> contactColumns.get(index).header();
      };
    }
    if (field.startsWith("alternateNames")) {
      return ImportColumn.ALTERNATE_NAMES.header();
    }
    ImportColumn column =
        switch (field) {
          case "familyName" -> ImportColumn.FAMILY_NAME;
          case "givenNames" -> ImportColumn.GIVEN_NAMES;
          case "dateOfBirth" -> ImportColumn.DATE_OF_BIRTH;
          case "nationality" -> ImportColumn.NATIONALITY;
          case "aNumber" -> ImportColumn.A_NUMBER;
          case "preferredLanguages" -> ImportColumn.PREFERRED_LANGUAGES;
          case "custodyFacts.detentionFacility" -> ImportColumn.DETENTION_FACILITY;
          case "custodyFacts.detainedSince" -> ImportColumn.DETAINED_SINCE;
          case "custodyFacts.releasedOn" -> ImportColumn.RELEASED_ON;
          case "custodyFacts.removedTo" -> ImportColumn.REMOVED_TO;
          case "custodyFacts.removedOn" -> ImportColumn.REMOVED_ON;
          case "custodyFacts.removalTiming" -> ImportColumn.REMOVAL_TIMING;
          case "attorney.name" -> ImportColumn.ATTORNEY_NAME;
          case "attorney.firm" -> ImportColumn.ATTORNEY_FIRM;
          case "attorney.email" -> ImportColumn.ATTORNEY_EMAIL;
          case "attorney.address" -> ImportColumn.ATTORNEY_ADDRESS;
          case "riskNotes.note" -> ImportColumn.RISK_NOTE;
          case "exposure" -> ImportColumn.EXPOSED_FIELDS;
          default -> null;
        };
    return column == null ? null : column.header();
  }

  /** The cells of one row, read by column, with the format problems found on the way. */
  private static final class Cells {

    private final int row;
    private final List<String> values;
    private final Map<ImportColumn, Integer> columns;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportColumn> contactColumns = new ArrayList<>();

    Cells(int row, List<String> values, Map<ImportColumn, Integer> columns) {
      this.row = row;
      this.values = values;
      this.columns = columns;
      for (ImportColumn column : ImportColumn.values()) {
        checkFormula(column, raw(column));
      }
    }

    private String raw(ImportColumn column) {
      return values.get(columns.get(column));
    }

    private void problem(ImportColumn column, String reason) {
      problems.add(ImportProblem.of(row, column, reason));
    }

    private void checkFormula(ImportColumn column, String cell) {
      List<String> parts = column.multiValued() ? split(cell) : List.of(cell);
      boolean formula = startsLikeFormula(cell, column);
      for (String part : parts) {
        formula |= startsLikeFormula(part, column);
      }
      if (formula) {
        problem(
            column,
            "starts with =, +, - or @ (or a tab), which spreadsheets run as a formula"
                + (column == ImportColumn.PHONES
                    ? "; phones may start with + and digits only"
                    : ""));
      }
    }

    private static boolean startsLikeFormula(String value, ImportColumn column) {
      if (value.isEmpty()) {
        return false;
      }
      String stripped = value.strip();
      char first = value.charAt(0);
      char firstVisible = stripped.isEmpty() ? first : stripped.charAt(0);
      if (FORMULA_STARTS.indexOf(first) < 0 && FORMULA_STARTS.indexOf(firstVisible) < 0) {
        return false;
      }
      return !(column == ImportColumn.PHONES && PHONE_LIKE.matcher(stripped).matches());
    }

    private static List<String> split(String cell) {
      if (cell.isBlank()) {
        return List.of();
      }
      List<String> parts = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= cell.length(); i++) {
        if (i == cell.length() || cell.charAt(i) == ImportColumn.VALUE_SEPARATOR) {
          parts.add(cell.substring(start, i));
          start = i + 1;
        }
      }
      return parts;
    }

    private boolean hasFormulaProblem(ImportColumn column) {
      return problems.stream().anyMatch(p -> column.header().equals(p.column()));
    }

    private String text(ImportColumn column) {
      String value = raw(column);
      return value.isBlank() || hasFormulaProblem(column) ? null : value;
    }

    private List<String> list(ImportColumn column) {
      if (hasFormulaProblem(column)) {
        return List.of();
      }
      List<String> parts = split(raw(column));
      if (parts.stream().anyMatch(String::isBlank)) {
        problem(column, "an empty value between '|' separators");
        return List.of();
      }
      return parts.stream().map(String::strip).toList();
    }

    private LocalDate date(ImportColumn column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value.strip(), DATE);
      } catch (DateTimeParseException e) {
        problem(column, "not a real date in the form YYYY-MM-DD");
        return null;
      }
    }

    private boolean flag(ImportColumn column) {
      String value = text(column);
      if (value == null) {
        return false;
      }
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> {
          problem(column, "must be true, false or empty");
          yield false;
        }
      };
    }

    private <E extends Enum<E>> E choice(ImportColumn column, Class<E> type, E empty) {
      String value = text(column);
      if (value == null) {
        return empty;
      }
      try {
        return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        Object[] allowed = type.getEnumConstants();
        problem(
            column,
            "must be one of "
                + java.util.Arrays.stream(allowed)
                    .map(Object::toString)
                    .collect(Collectors.joining(", ")));
        return empty;
      }
    }

    /**
     * The fields of the published file that held the person, each named once; empty when the cell
     * is. Problems name the rule only, never the value.
     */
    private Set<ExposedField> exposure() {
      Set<ExposedField> fields = EnumSet.noneOf(ExposedField.class);
      Set<String> reasons = new LinkedHashSet<>();
      for (String value : list(ImportColumn.EXPOSED_FIELDS)) {
        ExposedField field = exposedField(value);
        if (field == ExposedField.PROTECTION_CLAIM) {
          reasons.add(
              "PROTECTION_CLAIM is not written here; it follows from disclosed_to_government"
                  + " (set that to true)");
        } else if (field == null) {
          reasons.add(
              "each value must be one of "
                  + PUBLISHED_FIELDS.stream().map(Enum::name).collect(Collectors.joining(", ")));
        } else if (!fields.add(field)) {
          reasons.add("a value is listed more than once");
        }
      }
      reasons.forEach(reason -> problem(ImportColumn.EXPOSED_FIELDS, reason));
      return fields;
    }

    private static ExposedField exposedField(String value) {
      try {
        return ExposedField.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    /** The A-number as nine digits when it is well-formed, for finding duplicates. */
    String aNumber() {
      String value = text(ImportColumn.A_NUMBER);
      if (value == null) {
        return null;
      }
      try {
        return LookupNormalisation.aNumber(value);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

    NewAffectedPerson person() {
      CustodyStatus status =
          choice(ImportColumn.CUSTODY_STATUS, CustodyStatus.class, CustodyStatus.UNKNOWN);
      CustodyFacts facts =
          new CustodyFacts(
              text(ImportColumn.DETENTION_FACILITY),
              date(ImportColumn.DETAINED_SINCE),
              date(ImportColumn.RELEASED_ON),
              text(ImportColumn.REMOVED_TO),
              date(ImportColumn.REMOVED_ON),
              choice(ImportColumn.REMOVAL_TIMING, RemovalTiming.class, null));
      String source = text(ImportColumn.CONTACT_SOURCE);
      LocalDate asOf = date(ImportColumn.CONTACT_AS_OF);
      List<ContactPoint> contacts = new ArrayList<>();
      String address = text(ImportColumn.POSTAL_ADDRESS);
      boolean addressSafe = flag(ImportColumn.POSTAL_ADDRESS_SAFE);
      if (address != null) {
        contacts.add(
            new ContactPoint(ContactKind.POSTAL_ADDRESS, address, source, asOf, addressSafe));
        contactColumns.add(ImportColumn.POSTAL_ADDRESS);
      }
      boolean phonesSafe = flag(ImportColumn.PHONES_SAFE);
      for (String phone : list(ImportColumn.PHONES)) {
        contacts.add(new ContactPoint(ContactKind.PHONE, phone, source, asOf, phonesSafe));
        contactColumns.add(ImportColumn.PHONES);
      }
      boolean emailsSafe = flag(ImportColumn.EMAILS_SAFE);
      for (String email : list(ImportColumn.EMAILS)) {
        contacts.add(new ContactPoint(ContactKind.EMAIL, email, source, asOf, emailsSafe));
        contactColumns.add(ImportColumn.EMAILS);
      }
      String partner = text(ImportColumn.PARTNER_ORGANISATION);
      if (partner != null) {
        // a partner organisation is itself the safe intermediary
        contacts.add(
            new ContactPoint(ContactKind.PARTNER_ORGANISATION, partner, source, asOf, true));
        contactColumns.add(ImportColumn.PARTNER_ORGANISATION);
      }
      String attorneyName = text(ImportColumn.ATTORNEY_NAME);
      String attorneyFirm = text(ImportColumn.ATTORNEY_FIRM);
      String attorneyEmail = text(ImportColumn.ATTORNEY_EMAIL);
      String attorneyAddress = text(ImportColumn.ATTORNEY_ADDRESS);
      boolean hasAttorney =
          attorneyName != null
              || attorneyFirm != null
              || attorneyEmail != null
              || attorneyAddress != null;
      return new NewAffectedPerson(
          text(ImportColumn.FAMILY_NAME),
          text(ImportColumn.GIVEN_NAMES),
          list(ImportColumn.ALTERNATE_NAMES),
          date(ImportColumn.DATE_OF_BIRTH),
          text(ImportColumn.NATIONALITY),
          text(ImportColumn.A_NUMBER),
          list(ImportColumn.PREFERRED_LANGUAGES),
          status,
          facts,
          contacts,
          hasAttorney
              ? new Attorney(attorneyName, attorneyFirm, attorneyEmail, attorneyAddress)
              : null,
          new RiskNotes(flag(ImportColumn.DISCLOSED_TO_GOVERNMENT), text(ImportColumn.RISK_NOTE)),
          exposure());
    }
  }
}
