package org.outreach.hold;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.outreach.engine.Conflicts;
import org.outreach.importing.CsvFormatException;
import org.outreach.importing.CsvReader;
import org.outreach.importing.CsvRecord;
import org.outreach.importing.ImportLimits;
import org.outreach.privacy.LookupNormalisation;
import org.outreach.registry.PersonRules;

/**
 * The removal office's door: a manifest of scheduled removals (A-number, day, destination) is
 * checked against the registry and the removal holds. A person the registry knows is held unless
 * every case of theirs has a hold that ended: a hold in place, one not yet placed (a case not yet
 * opened or still opening) and one breached all answer "held". Each person found is audited; each
 * removal reported for a case whose hold is in place tells the case's process, which marks the case
 * urgent and gives the supervisors the task to stop the removal, once per person and day however
 * often the manifest is sent. A-numbers the registry does not know are neither kept nor answered
 * differently from a person not held.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RolesAllowed({"removal-office", "supervisor", "admin"})
public class RemovalManifests {

  /** Rows a manifest may hold. */
  public static final int MAX_ROWS = 20_000;

  /** The furthest ahead a removal may be reported. */
  static final int MAX_DAYS_AHEAD = 730;

  private static final Logger LOG = Logger.getLogger(RemovalManifests.class.getName());

  private static final List<String> HEADER = List.of("a_number", "scheduled_for", "destination");

  private static final ImportLimits LIMITS = new ImportLimits(4L * 1024 * 1024, MAX_ROWS);

  /** How many times a check that met a concurrent change of a process is made. */
  static final int WRITE_TRIES = 3;

  @Inject private ManifestRecords records;

  /**
   * Checks a manifest in CSV: the header {@code a_number,scheduled_for,destination}, then one
   * removal a row.
   *
   * @throws ManifestRefusedException naming each problem's row, column and rule
   */
  public ManifestAnswer checkCsv(InputStream csv) {
    List<ManifestRow> rows = read(csv);
    try {
      return check(rows);
    } catch (ManifestRefusedException e) {
      // the CSV's columns by their names in the file
      throw new ManifestRefusedException(
          e.problems().stream()
              .map(
                  p ->
                      problem(
                          p.row(),
                          switch (p.field()) {
                            case "aNumber" -> "a_number";
                            case "scheduledFor" -> "scheduled_for";
                            default -> p.field();
                          },
                          p.rule()))
              .toList());
    }
  }

  /**
   * Checks the manifest's rows, all or none: a row that breaks a rule refuses the whole manifest
   * and nothing is recorded.
   *
   * @throws ManifestRefusedException naming each problem's row, field and rule
   */
  public ManifestAnswer check(List<ManifestRow> rows) {
    if (rows.isEmpty()) {
      throw refused(0, "removals", "at least one removal");
    }
    if (rows.size() > MAX_ROWS) {
      throw refused(0, "removals", "at most " + MAX_ROWS + " removals a manifest");
    }
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    List<ManifestRefusedException.Problem> problems = new ArrayList<>();
    List<CheckedRemoval> checked = new ArrayList<>(rows.size());
    for (ManifestRow row : rows) {
      CheckedRemoval valid = valid(row, today, problems);
      if (valid != null) {
        checked.add(valid);
      }
    }
    if (!problems.isEmpty()) {
      throw new ManifestRefusedException(problems);
    }
    for (int tries = 1; ; tries++) {
      try {
        return records.record(checked);
      } catch (RuntimeException e) {
        if (tries >= WRITE_TRIES || !Conflicts.isConcurrentChange(e)) {
          throw e;
        }
        int next = tries + 1;
        LOG.info(
            () ->
                "A removal manifest met a process changing at the same moment; checked again, try "
                    + next);
        pause(tries);
      }
    }
  }

  private static void pause(int tries) {
    try {
      Thread.sleep(200L * tries);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Checking the removal manifest was interrupted");
    }
  }

  /** The row checked, or null with its problems added. */
  private static CheckedRemoval valid(
      ManifestRow row, LocalDate today, List<ManifestRefusedException.Problem> problems) {
    int before = problems.size();
    String aNumber = null;
    if (row.aNumber() == null || row.aNumber().isBlank()) {
      problems.add(problem(row.row(), "aNumber", "required"));
    } else {
      try {
        aNumber = LookupNormalisation.aNumber(row.aNumber());
      } catch (IllegalArgumentException e) {
        problems.add(
            problem(
                row.row(),
                "aNumber",
                "8 or 9 digits, optionally after an 'A', with spaces or dashes"));
      }
    }
    LocalDate scheduledFor = null;
    if (row.scheduledFor() == null || row.scheduledFor().isBlank()) {
      problems.add(problem(row.row(), "scheduledFor", "required"));
    } else {
      try {
        scheduledFor = LocalDate.parse(row.scheduledFor().strip());
        if (scheduledFor.isBefore(today)) {
          problems.add(
              problem(
                  row.row(),
                  "scheduledFor",
                  "must not be in the past (UTC); report a removal that happened as a custody change"));
        } else if (scheduledFor.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
          problems.add(
              problem(row.row(), "scheduledFor", "at most " + MAX_DAYS_AHEAD + " days ahead"));
        }
      } catch (DateTimeParseException e) {
        problems.add(problem(row.row(), "scheduledFor", "a date as yyyy-mm-dd"));
      }
    }
    if (row.destination() == null || row.destination().isBlank()) {
      problems.add(problem(row.row(), "destination", "required"));
    } else if (!PersonRules.isCountryCode(row.destination())) {
      problems.add(
          problem(row.row(), "destination", "an ISO 3166 country code, such as HN or HND"));
    }
    return problems.size() == before ? new CheckedRemoval(row.row(), aNumber, scheduledFor) : null;
  }

  /** The CSV's rows; a file that is not the documented CSV refuses the manifest. */
  private static List<ManifestRow> read(InputStream csv) {
    CsvReader reader = new CsvReader(csv, LIMITS);
    List<ManifestRow> rows = new ArrayList<>();
    try {
      CsvRecord header = reader.next();
      if (header == null || !header(header.cells()).equals(HEADER)) {
        throw refused(1, "header", "the header must be a_number,scheduled_for,destination");
      }
      for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
        if (record.cells().size() != HEADER.size()) {
          throw refused(record.row(), "row", "three cells: a_number,scheduled_for,destination");
        }
        rows.add(
            new ManifestRow(
                record.row(), record.cells().get(0), record.cells().get(1), record.cells().get(2)));
      }
    } catch (CsvFormatException e) {
      throw refused(e.row(), "file", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("The removal manifest could not be read", e);
    }
    return rows;
  }

  private static List<String> header(List<String> cells) {
    return cells.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
  }

  private static ManifestRefusedException refused(int row, String field, String rule) {
    return new ManifestRefusedException(List.of(problem(row, field, rule)));
  }

  private static ManifestRefusedException.Problem problem(int row, String field, String rule) {
    return new ManifestRefusedException.Problem(row, field, rule);
  }
}
