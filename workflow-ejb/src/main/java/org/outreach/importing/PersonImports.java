package org.outreach.importing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Logger;
import org.outreach.engine.Conflicts;
import org.outreach.registry.PersonRegistry;

/**
 * Imports a list of affected people: reads and checks the whole file first (nothing is written
 * while reading), then writes the valid rows in one transaction (or nothing, by default, if any row
 * has a problem), records the import with its report, and starts the outreach of the new people in
 * the background.
 */
@Stateless
@RolesAllowed({"admin", "supervisor"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PersonImports {

  private static final Logger LOG = Logger.getLogger(PersonImports.class.getName());

  @EJB private PersonRegistry registry;
  @EJB private ImportWriter writer;
  @EJB private ImportRecords records;
  @EJB private BulkStart bulkStart;
  @EJB private StartRuns runs;
  @Resource private SessionContext session;

  /** How many times a write that met a concurrent change of a process is made. */
  static final int WRITE_TRIES = 3;

  private final ImportLimits limits = ImportLimits.DEFAULT;

  /** Imports a CSV file in the documented format (docs/import-format.md). */
  public ImportSummary importCsv(InputStream csv, ImportOptions options) {
    Objects.requireNonNull(csv, "csv");
    Objects.requireNonNull(options, "options");
    ValidatedImport validation =
        new ImportValidation(limits, Clock.systemUTC(), registry::idsByANumbers, options.existing())
            .validate(csv);
    UUID id = UUID.randomUUID();
    String who = caller();
    boolean nothingToWrite =
        validation.fileRejected()
            || validation.validRows().isEmpty()
            || (validation.hasProblems() && options.problems() == ProblemPolicy.ALL_OR_NOTHING);
    if (nothingToWrite) {
      records.saveRejected(id, options, validation, who);
      LOG.info(
          () ->
              "Import "
                  + id
                  + " rejected: "
                  + validation.problemCount()
                  + " problem(s) in "
                  + validation.rows()
                  + " row(s); nothing written");
      return records.summary(id);
    }
    ImportWriter.Written written = write(id, options, validation, who);
    LOG.info(
        () ->
            "Import "
                + id
                + ": "
                + written.created()
                + " created, "
                + written.updated()
                + " updated, "
                + validation.invalidRows()
                + " row(s) not imported");
    bulkStart.run(id);
    return records.summary(id);
  }

  /**
   * Writes the valid rows in one transaction. A re-import tells running processes of custody
   * changes in that transaction; one that met a process the job executor was advancing at the same
   * moment rolls back whole ({@link Conflicts}) and is written again, up to {@value #WRITE_TRIES}
   * times.
   */
  private ImportWriter.Written write(
      UUID id, ImportOptions options, ValidatedImport validation, String who) {
    for (int tries = 1; ; tries++) {
      try {
        return writer.write(id, options, validation, who);
      } catch (RuntimeException e) {
        if (tries < WRITE_TRIES && Conflicts.isConcurrentChange(e)) {
          int next = tries + 1;
          LOG.info(
              () ->
                  "Import "
                      + id
                      + " met a process changing at the same moment; written again, try "
                      + next);
          pause(tries);
          continue;
        }
        records.saveFailed(id, options, validation, who);
        LOG.warning(
            () -> "Import " + id + " failed while writing (" + e.getClass().getName() + ")");
        throw new ImportRefusedException("writing the import failed; nothing was written");
      }
    }
  }

  private static void pause(int tries) {
    try {
      Thread.sleep(200L * tries);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportRefusedException("writing the import was interrupted; nothing was written");
    }
  }

  /**
   * Imports a file on the server, from the configured import directory only.
   *
   * @throws ImportRefusedException if the path leads outside that directory or to no file
   */
  @RolesAllowed("admin")
  public ImportSummary importFile(String path, ImportOptions options) {
    Path file = ImportDirectory.resolve(ImportDirectory.configured(), path);
    try (InputStream in = Files.newInputStream(file)) {
      return importCsv(in, options);
    } catch (IOException e) {
      throw new ImportUnreadableException(
          "the file could not be opened or read to its end; nothing was written");
    }
  }

  /**
   * @throws ImportNotFoundException if no import has this id
   */
  public ImportSummary summary(UUID id) {
    return records.summary(id);
  }

  /**
   * @throws ImportNotFoundException if no import has this id
   */
  public StartProgress progress(UUID id) {
    return records.progress(id, runs.isRunning(id));
  }

  /**
   * Starts again the new people of an import who have no case: after failed chunks, or after a
   * restart interrupted a start.
   *
   * @throws ImportRefusedException if a start of this import is running, or it wrote nobody
   */
  public StartProgress retryFailed(UUID id) {
    StartProgress progress = progress(id);
    if (progress.running()) {
      throw new ImportRefusedException("a start of this import is running; wait for it to end");
    }
    if (progress.state() == ImportState.REJECTED || progress.state() == ImportState.FAILED) {
      throw new ImportRefusedException("this import wrote nobody; there is nothing to start");
    }
    bulkStart.run(id);
    return progress(id);
  }

  private String caller() {
    return session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
  }
}
