package org.outreach.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the retention job erased of one case, kept for the supervisors' report (no value). */
@Entity
@Table(name = "erased_case")
@NamedQuery(
    name = "ErasedCase.latestFirst",
    query = "SELECT e FROM ErasedCase e ORDER BY e.erasedAt DESC, e.caseReference")
@NamedQuery(name = "ErasedCase.count", query = "SELECT COUNT(e) FROM ErasedCase e")
class ErasedCase {

  @Id
  @Column(name = "case_id")
  private UUID caseId;

  @Column(name = "case_reference", nullable = false, length = 16)
  private String caseReference;

  @Column(nullable = false, length = 32)
  private String population;

  @Column(length = 32)
  private String outcome;

  @Column(name = "closed_at", nullable = false)
  private OffsetDateTime closedAt;

  @Column(name = "erased_at", nullable = false)
  private OffsetDateTime erasedAt;

  @Column(name = "records_erased", nullable = false)
  private int recordsErased;

  @Column(name = "documents_erased", nullable = false)
  private int documentsErased;

  @Column(name = "processes_erased", nullable = false)
  private int processesErased;

  /** {@code kind=count} pairs separated by commas, in the order of the kinds' names. */
  @Column(name = "erased_kinds", nullable = false, length = 1000)
  private String erasedKinds;

  protected ErasedCase() {}

  ErasedCase(
      UUID caseId,
      String caseReference,
      String population,
      String outcome,
      OffsetDateTime closedAt,
      Instant erasedAt,
      Map<String, Integer> erased,
      int documents,
      int processes) {
    this.caseId = Objects.requireNonNull(caseId, "caseId");
    this.caseReference = Objects.requireNonNull(caseReference, "caseReference");
    this.population = Objects.requireNonNull(population, "population");
    this.outcome = outcome;
    this.closedAt = Objects.requireNonNull(closedAt, "closedAt");
    this.erasedAt = erasedAt.atOffset(ZoneOffset.UTC);
    this.recordsErased = erased.values().stream().mapToInt(Integer::intValue).sum();
    this.documentsErased = documents;
    this.processesErased = processes;
    this.erasedKinds =
        erased.entrySet().stream()
            .map(entry -> entry.getKey() + "=" + entry.getValue())
            .collect(Collectors.joining(","));
  }

  ErasedCaseView view() {
    return new ErasedCaseView(
        caseReference,
        population,
        outcome,
        closedAt.toInstant(),
        erasedAt.toInstant(),
        recordsErased,
        documentsErased,
        processesErased,
        ErasedCaseView.kinds(erasedKinds));
  }
}
