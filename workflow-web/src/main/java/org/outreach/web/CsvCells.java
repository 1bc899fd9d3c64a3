package org.outreach.web;

/** Cells of the CSV files the server hands out. */
public final class CsvCells {

  private CsvCells() {}

  /**
   * A cell as CSV keeps it: quoted when it holds a separator or a quote, and a leading character a
   * spreadsheet would run as a formula neutralised.
   */
  public static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
