package org.outreach.importing;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.outreach.registry.Attorney;
import org.outreach.registry.ContactPoint;
import org.outreach.registry.CustodyFacts;
import org.outreach.registry.ExposedField;
import org.outreach.registry.NewAffectedPerson;

/**
 * Writes people in the import format: the documented header, then one row per person, quoted where
 * RFC 4180 needs it, LF line ends. Used for fictitious data only (samples, tests, the benchmark).
 * The safe flag, source and date of the first contact point of each kind are written for all of
 * that kind, as the format has one column each.
 */
public final class ImportFileWriter {

  private final Writer out;

  public ImportFileWriter(Writer out) throws IOException {
    this.out = Objects.requireNonNull(out, "out");
    List<String> header = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      header.add(column.header());
    }
    line(header);
  }

  public void write(NewAffectedPerson person) throws IOException {
    Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
    cells.put(ImportColumn.A_NUMBER, person.aNumber());
    cells.put(ImportColumn.FAMILY_NAME, person.familyName());
    cells.put(ImportColumn.GIVEN_NAMES, person.givenNames());
    cells.put(ImportColumn.ALTERNATE_NAMES, joined(person.alternateNames()));
    cells.put(ImportColumn.DATE_OF_BIRTH, date(person.dateOfBirth()));
    cells.put(ImportColumn.NATIONALITY, person.nationality());
    cells.put(ImportColumn.PREFERRED_LANGUAGES, joined(person.preferredLanguages()));
    cells.put(ImportColumn.CUSTODY_STATUS, person.custodyStatus().name());
    CustodyFacts facts = person.custodyFacts();
    cells.put(ImportColumn.DETENTION_FACILITY, facts.detentionFacility());
    cells.put(ImportColumn.DETAINED_SINCE, date(facts.detainedSince()));
    cells.put(ImportColumn.RELEASED_ON, date(facts.releasedOn()));
    cells.put(ImportColumn.REMOVED_TO, facts.removedTo());
    cells.put(ImportColumn.REMOVED_ON, date(facts.removedOn()));
    cells.put(
        ImportColumn.REMOVAL_TIMING,
        facts.removalTiming() == null ? null : facts.removalTiming().name());
    List<String> phones = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    ContactPoint any = null;
    for (ContactPoint point : person.contactPoints()) {
      any = any == null ? point : any;
      switch (point.kind()) {
        case POSTAL_ADDRESS -> {
          cells.put(ImportColumn.POSTAL_ADDRESS, point.value());
          cells.put(ImportColumn.POSTAL_ADDRESS_SAFE, String.valueOf(point.safeToContact()));
        }
        case PHONE -> {
          phones.add(point.value());
          cells.putIfAbsent(ImportColumn.PHONES_SAFE, String.valueOf(point.safeToContact()));
        }
        case EMAIL -> {
          emails.add(point.value());
          cells.putIfAbsent(ImportColumn.EMAILS_SAFE, String.valueOf(point.safeToContact()));
        }
        case PARTNER_ORGANISATION -> cells.put(ImportColumn.PARTNER_ORGANISATION, point.value());
      }
    }
    cells.put(ImportColumn.PHONES, joined(phones));
    cells.put(ImportColumn.EMAILS, joined(emails));
    if (any != null) {
      cells.put(ImportColumn.CONTACT_SOURCE, any.source());
      cells.put(ImportColumn.CONTACT_AS_OF, date(any.asOf()));
    }
    Attorney attorney = person.attorney();
    if (attorney != null) {
      cells.put(ImportColumn.ATTORNEY_NAME, attorney.name());
      cells.put(ImportColumn.ATTORNEY_FIRM, attorney.firm());
      cells.put(ImportColumn.ATTORNEY_EMAIL, attorney.email());
      cells.put(ImportColumn.ATTORNEY_ADDRESS, attorney.address());
    }
    cells.put(
        ImportColumn.DISCLOSED_TO_GOVERNMENT,
        String.valueOf(person.riskNotes().disclosedToGovernment()));
    cells.put(ImportColumn.RISK_NOTE, person.riskNotes().note());
    cells.put(
        ImportColumn.EXPOSED_FIELDS,
        joined(person.exposure().stream().map(ExposedField::name).toList()));
    List<String> row = new ArrayList<>();
    for (ImportColumn column : ImportColumn.values()) {
      row.add(cells.get(column));
    }
    line(row);
  }

  private void line(List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(quoted(cells.get(i)));
    }
    out.write('\n');
  }

  static String quoted(String cell) {
    if (cell == null) {
      return "";
    }
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }

  private static String joined(List<String> values) {
    return values.isEmpty()
        ? null
        : String.join(String.valueOf(ImportColumn.VALUE_SEPARATOR), values);
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
