package org.outreach.importing;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An import as its reader sees it: counts, state and the report (row, column, reason). Holds no
 * personal data.
 */
public record ImportSummary(
    UUID id,
    ImportState state,
    ProblemPolicy problemPolicy,
    ExistingPolicy existingPolicy,
    int rows,
    int invalidRows,
    int problemCount,
    int created,
    int updated,
    int custodyChanges,
    int custodyMessagesDelivered,
    String importedBy,
    OffsetDateTime createdAt,
    List<ImportProblem> problems)
    implements Serializable {

  public ImportSummary {
    problems = List.copyOf(problems);
  }
}
