package org.outreach.importing;

import java.util.List;

/** One record of a CSV file: its row (the first record is row 1) and its cells. */
public record CsvRecord(int row, List<String> cells) {

  @Override
  public String toString() {
    return "CsvRecord[row=" + row + ", cells=" + cells.size() + "]";
  }
}
