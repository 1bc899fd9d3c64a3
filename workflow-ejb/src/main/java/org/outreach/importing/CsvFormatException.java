package org.outreach.importing;

/**
 * A file that cannot be read as the documented CSV past this point: the reason names the row (and
 * for bad bytes the byte offset), never any content.
 */
public final class CsvFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int row;

  CsvFormatException(int row, String reason) {
    super(reason);
    this.row = row;
  }

  public int row() {
    return row;
  }
}
