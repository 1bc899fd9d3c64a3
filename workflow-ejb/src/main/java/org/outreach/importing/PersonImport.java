package org.outreach.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The record of one import. Its report holds row numbers, column names and reasons only. */
@Entity
@Table(name = "person_import")
class PersonImport {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ImportState state;

  @Enumerated(EnumType.STRING)
  @Column(name = "problem_policy", nullable = false, length = 16)
  private ProblemPolicy problemPolicy;

  @Enumerated(EnumType.STRING)
  @Column(name = "existing_policy", nullable = false, length = 16)
  private ExistingPolicy existingPolicy;

  @Column(name = "rows_total", nullable = false)
  private int rows;

  @Column(name = "rows_invalid", nullable = false)
  private int invalidRows;

  @Column(name = "problem_count", nullable = false)
  private int problemCount;

  @Column(name = "people_created", nullable = false)
  private int created;

  @Column(name = "people_updated", nullable = false)
  private int updated;

  @Column(name = "custody_changes", nullable = false)
  private int custodyChanges;

  @Column(name = "custody_delivered", nullable = false)
  private int custodyDelivered;

  @Column(name = "start_failed", nullable = false)
  private int startFailed;

  @Column(length = 1_000_000)
  private String report;

  @Column(name = "imported_by", nullable = false, length = 64)
  private String importedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Version private long version;

  protected PersonImport() {}

  PersonImport(
      UUID id,
      ImportOptions options,
      ValidatedImport validation,
      String importedBy,
      OffsetDateTime createdAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.problemPolicy = options.problems();
    this.existingPolicy = options.existing();
    this.rows = validation.rows();
    this.invalidRows = validation.invalidRows();
    this.problemCount = validation.problemCount();
    this.report = report(validation.problems());
    this.importedBy = importedBy == null ? "unknown" : importedBy;
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.state = ImportState.REJECTED;
  }

  void rejected() {
    state = ImportState.REJECTED;
  }

  void failed() {
    state = ImportState.FAILED;
  }

  void written(int created, int updated, int custodyChanges, int custodyDelivered) {
    this.created = created;
    this.updated = updated;
    this.custodyChanges = custodyChanges;
    this.custodyDelivered = custodyDelivered;
    this.state = created == 0 ? ImportState.STARTED : ImportState.STARTING;
  }

  void startRunBegins() {
    startFailed = 0;
    state = ImportState.STARTING;
  }

  void chunkFailed(int people) {
    startFailed += people;
  }

  void startRunEnded() {
    state = startFailed == 0 ? ImportState.STARTED : ImportState.STARTED_WITH_FAILURES;
  }

  UUID id() {
    return id;
  }

  ImportState state() {
    return state;
  }

  int startFailed() {
    return startFailed;
  }

  int created() {
    return created;
  }

  ImportSummary summary() {
    return new ImportSummary(
        id,
        state,
        problemPolicy,
        existingPolicy,
        rows,
        invalidRows,
        problemCount,
        created,
        updated,
        custodyChanges,
        custodyDelivered,
        importedBy,
        createdAt,
        problems(report));
  }

  /** One problem a line: row, tab, column (empty for none), tab, reason; reasons have no tabs. */
  private static String report(List<ImportProblem> problems) {
    StringBuilder text = new StringBuilder();
    for (ImportProblem problem : problems) {
      text.append(problem.row())
          .append('\t')
          .append(problem.column() == null ? "" : problem.column())
          .append('\t')
          .append(problem.reason().replace('\t', ' ').replace('\n', ' '))
          .append('\n');
    }
    return text.toString();
  }

  private static List<ImportProblem> problems(String report) {
    List<ImportProblem> problems = new ArrayList<>();
    if (report == null) {
      return problems;
    }
    for (String line : report.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      problems.add(
          new ImportProblem(
              Integer.parseInt(parts[0]), parts[1].isEmpty() ? null : parts[1], parts[2]));
    }
    return problems;
  }
}
