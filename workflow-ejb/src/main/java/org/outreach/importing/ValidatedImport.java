package org.outreach.importing;

import java.util.List;

/**
 * The outcome of checking a whole file before anything is written: the rows that may be written,
 * the problems (at most {@link ImportValidation#MAX_REPORTED_PROBLEMS}, {@code problemCount} counts
 * them all), how many data rows there were and how many of them have problems. {@code fileRejected}
 * says the file itself is unusable (encoding, structure, header, limits), so no row may be written
 * whatever the policy.
 */
public record ValidatedImport(
    int rows,
    List<ImportRow> validRows,
    int invalidRows,
    List<ImportProblem> problems,
    int problemCount,
    boolean fileRejected) {

  public ValidatedImport {
    validRows = List.copyOf(validRows);
    problems = List.copyOf(problems);
  }

  public boolean hasProblems() {
    return problemCount > 0;
  }
}
