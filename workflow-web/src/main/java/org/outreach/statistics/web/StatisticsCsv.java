package org.outreach.statistics.web;

import java.util.List;
import org.outreach.statistics.StatisticsTable;
import org.outreach.web.CsvCells;

/**
 * A statistics table as CSV: a header of the column categories and {@code total}, one line per row
 * category, a last line of totals. Categories by their keys (enum names, country codes, facility
 * names; {@code none} for people without one); a withheld cell as {@code <11} (a small count) or
 * {@code suppressed} (withheld to protect a small one).
 */
final class StatisticsCsv {

  static final String SMALL = "<" + StatisticsTable.smallestShown();
  static final String SUPPRESSED = "suppressed";
  static final String NONE = "none";
  static final String TOTAL = "total";

  private StatisticsCsv() {}

  static String of(StatisticsTable table) {
    StringBuilder csv = new StringBuilder();
    csv.append(table.rows().parameterValue());
    for (String column : table.columnKeys()) {
      csv.append(',').append(category(column));
    }
    csv.append(',').append(table.columns() == null ? "people" : TOTAL).append("\r\n");
    List<List<StatisticsTable.Cell>> cells = table.cells();
    for (int i = 0; i < cells.size(); i++) {
      csv.append(i < table.rowKeys().size() ? category(table.rowKeys().get(i)) : TOTAL);
      for (StatisticsTable.Cell cell : cells.get(i)) {
        csv.append(',').append(shown(cell));
      }
      csv.append("\r\n");
    }
    return csv.toString();
  }

  static String shown(StatisticsTable.Cell cell) {
    return switch (cell.shown()) {
      case COUNT -> Long.toString(cell.count());
      case SMALL -> SMALL;
      case SUPPRESSED -> SUPPRESSED;
    };
  }

  private static String category(String key) {
    return key == null ? NONE : CsvCells.cell(key);
  }
}
