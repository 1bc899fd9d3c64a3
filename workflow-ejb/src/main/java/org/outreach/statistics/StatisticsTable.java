package org.outreach.statistics;

import java.util.List;

/**
 * A table of people counted for publication, as it may be shown: the row and column categories and
 * every cell with its totals, each either a count or a mark. Withheld counts are not in it.
 *
 * @param rows what the rows count by
 * @param columns what the columns count by; {@code null} for a table of one column (people)
 * @param rowKeys each row's category: an enum name, a country code, a facility's name; {@code null}
 *     for people without one (no case, not detained, no notice language)
 * @param columnKeys each column's category, likewise; empty for a table of one column
 * @param cells one list per row and a last one of column totals; each with one cell per column and
 *     a last one, the row's total
 */
public record StatisticsTable(
    StatisticsDimension rows,
    StatisticsDimension columns,
    List<String> rowKeys,
    List<String> columnKeys,
    List<List<Cell>> cells) {

  /** How a cell is shown. */
  public enum Shown {
    /** Its count. */
    COUNT,
    /** Under {@value CellSuppression#SMALLEST_PUBLISHED} people: withheld. */
    SMALL,
    /**
     * {@value CellSuppression#SMALLEST_PUBLISHED} or more, withheld so that no small cell can be
     * worked out from the totals.
     */
    SUPPRESSED
  }

  /**
   * A cell as shown.
   *
   * @param count the count when shown as one; 0 otherwise
   */
  public record Cell(Shown shown, long count) {

    static Cell of(long count, boolean withheld) {
      if (!withheld) {
        return new Cell(Shown.COUNT, count);
      }
      return new Cell(CellSuppression.small(count) ? Shown.SMALL : Shown.SUPPRESSED, 0);
    }
  }

  /** The smallest count shown as it is. */
  public static int smallestShown() {
    return CellSuppression.SMALLEST_PUBLISHED;
  }
}
