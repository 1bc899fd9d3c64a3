package org.outreach.importing;

import java.io.Serializable;

/**
 * One problem of an import file: the row (the header is row 1; 0 for the file as a whole), the
 * column's documented name (or null when the problem is the row's or the file's) and the reason.
 * Never holds a cell's value.
 */
public record ImportProblem(int row, String column, String reason) implements Serializable {

  static ImportProblem ofFile(String reason) {
    return new ImportProblem(0, null, reason);
  }

  static ImportProblem ofRow(int row, String reason) {
    return new ImportProblem(row, null, reason);
  }

  static ImportProblem of(int row, ImportColumn column, String reason) {
    return new ImportProblem(row, column.header(), reason);
  }
}
