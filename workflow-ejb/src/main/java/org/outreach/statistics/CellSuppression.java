package org.outreach.statistics;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.IntStream;

/**
 * Decides which cells of a two-way table of counts (with its row totals, column totals and grand
 * total) may be published.
 *
 * <p>Every cell from 1 to {@value #SMALLEST_PUBLISHED} - 1 is withheld and shown as such (primary
 * suppression); zeros are published. Then, for each small cell, other cells are withheld (shown as
 * suppressed, a mark of their own: they are {@value #SMALLEST_PUBLISHED} or more) until the small
 * cell lies on a cycle of withheld cells along which every one of them can move by one, up or down,
 * without changing a published figure and without leaving what its mark says: a small cell stays
 * within 1 to 10, a suppressed one at {@value #SMALLEST_PUBLISHED} or more (complementary
 * suppression). A reader who knows every published figure, what the marks mean and how the totals
 * add up therefore finds at least two tables that fit, differing in that cell: no withheld cell can
 * be recomputed.
 *
 * <p>The lines of the table are its rows and columns including the totals: each says that its cells
 * add up to its total. With the row of totals and the column of totals weighted -1 (the grand total
 * +1), every line sums to zero, so the withheld cells form a bipartite graph between rows and
 * columns whose cycles are exactly the changes that keep every line's sum.
 */
final class CellSuppression {

  /** The smallest count published as it is. */
  static final int SMALLEST_PUBLISHED = 11;

  private final long[][] counts;
  private final int rows;
  private final int columns;
  private final boolean[][] withheld;
  private final boolean[][] small;

  private CellSuppression(long[][] counts) {
    this.counts = counts;
    this.rows = counts.length;
    this.columns = counts[0].length;
    this.withheld = new boolean[rows][columns];
    this.small = new boolean[rows][columns];
  }

  /**
   * The cells to withhold from a table given with its totals: the last row holds the column totals,
   * the last column the row totals.
   *
   * @throws UnpublishableTableException when the small cells cannot be protected (a table too
   *     sparse to hide them in)
   */
  static boolean[][] withheld(long[][] withTotals) {
    check(withTotals);
    CellSuppression table = new CellSuppression(withTotals);
    table.suppress();
    return table.withheld;
  }

  /** Whether a count is small: withheld and shown as under {@value #SMALLEST_PUBLISHED}. */
  static boolean small(long count) {
    return count > 0 && count < SMALLEST_PUBLISHED;
  }

  /** A table with its totals computed from the given cells. */
  static long[][] withTotals(long[][] cells) {
    int r = cells.length;
    int c = r == 0 ? 0 : cells[0].length;
    long[][] table = new long[r + 1][c + 1];
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        table[i][j] = cells[i][j];
        table[i][c] += cells[i][j];
        table[r][j] += cells[i][j];
        table[r][c] += cells[i][j];
      }
    }
    return table;
  }

  private static void check(long[][] table) {
    if (table.length < 2 || table[0].length < 2) {
      throw new IllegalArgumentException("a table has at least one row and column and totals");
    }
    int r = table.length - 1;
    int c = table[0].length - 1;
    for (long[] row : table) {
      if (row.length != c + 1) {
        throw new IllegalArgumentException("rows of different lengths");
      }
      if (Arrays.stream(row).anyMatch(v -> v < 0)) {
        throw new IllegalArgumentException("a count below zero");
      }
    }
    for (int i = 0; i <= r; i++) {
      long sum = 0;
      for (int j = 0; j < c; j++) {
        sum += table[i][j];
      }
      if (sum != table[i][c]) {
        throw new IllegalArgumentException("row " + i + " does not add up to its total");
      }
    }
    for (int j = 0; j <= c; j++) {
      long sum = 0;
      for (int i = 0; i < r; i++) {
        sum += table[i][j];
      }
      if (sum != table[r][j]) {
        throw new IllegalArgumentException("column " + j + " does not add up to its total");
      }
    }
  }

  private void suppress() {
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        small[i][j] = small(counts[i][j]);
        withheld[i][j] = small[i][j];
      }
    }
    // Adding withheld cells only adds cycles, so a cell once protected stays protected: each
    // primary cell is looked at once, smallest first.
    long[][] primaries =
        Arrays.stream(cellsWhere(true))
            .sorted((a, b) -> Long.compare(a[2], b[2]))
            .toArray(long[][]::new);
    for (long[] cell : primaries) {
      int i = (int) cell[0];
      int j = (int) cell[1];
      if (!movable(i, j)) {
        protect(i, j);
      }
    }
  }

  private long[][] cellsWhere(boolean held) {
    return IntStream.range(0, rows * columns)
        .filter(k -> withheld[k / columns][k % columns] == held)
        .mapToObj(k -> new long[] {k / columns, k % columns, counts[k / columns][k % columns]})
        .toArray(long[][]::new);
  }

  /** The sign of a cell in its lines: totals count against the cells they add up. */
  private int sign(int i, int j) {
    return (i == rows - 1 ? -1 : 1) * (j == columns - 1 ? -1 : 1);
  }

  /**
   * Whether a cell lies on a cycle of withheld cells along which, one way round, no cell that goes
   * down is 1 already. Going from a row to a column counts +1, back -1, times the cell's sign.
   */
  private boolean movable(int i, int j) {
    for (int direction : new int[] {1, -1}) {
      if (mayMove(i, j, direction) && pathBack(i, j, direction)) {
        return true;
      }
    }
    return false;
  }

  /** Whether column j leads back to row i over withheld cells other than (i, j). */
  private boolean pathBack(int i, int j, int direction) {
    boolean[] seenRows = new boolean[rows];
    boolean[] seenColumns = new boolean[columns];
    Deque<int[]> queue = new ArrayDeque<>();
    seenColumns[j] = true;
    queue.add(new int[] {1, j});
    while (!queue.isEmpty()) {
      int[] node = queue.poll();
      boolean atColumn = node[0] == 1;
      if (atColumn) {
        int column = node[1];
        for (int row = 0; row < rows; row++) {
          if (seenRows[row] || !withheld[row][column] || (row == i && column == j)) {
            continue;
          }
          // column to row counts -1
          if (!mayMove(row, column, -direction)) {
            continue;
          }
          if (row == i) {
            return true;
          }
          seenRows[row] = true;
          queue.add(new int[] {0, row});
        }
      } else {
        int row = node[1];
        for (int column = 0; column < columns; column++) {
          if (seenColumns[column] || !withheld[row][column]) {
            continue;
          }
          if (!mayMove(row, column, direction)) {
            continue;
          }
          seenColumns[column] = true;
          queue.add(new int[] {1, column});
        }
      }
    }
    return false;
  }

  /**
   * Whether a withheld cell (or one about to be withheld to protect another) can move by one in the
   * direction the cycle takes it and stay within its mark: a small cell within 1 to 10, any other
   * at {@value #SMALLEST_PUBLISHED} or more.
   */
  private boolean mayMove(int i, int j, int traversal) {
    boolean up = traversal * sign(i, j) > 0;
    if (small[i][j]) {
      return up ? counts[i][j] < SMALLEST_PUBLISHED - 1 : counts[i][j] > 1;
    }
    return up || counts[i][j] > SMALLEST_PUBLISHED;
  }

  /**
   * Withholds the cheapest rectangle through (i, j) whose four cells can move together: the other
   * corner in its row, in its column and across, each withheld already or not zero, the sum of the
   * newly withheld counts as small as it can be.
   */
  private void protect(int i, int j) {
    long best = Long.MAX_VALUE;
    int bestRow = -1;
    int bestColumn = -1;
    for (int r = 0; r < rows; r++) {
      if (r == i) {
        continue;
      }
      for (int c = 0; c < columns; c++) {
        if (c == j) {
          continue;
        }
        long cost = cost(i, c) + cost(r, j) + cost(r, c);
        if (cost < best && rectangleMoves(i, j, r, c)) {
          best = cost;
          bestRow = r;
          bestColumn = c;
        }
      }
    }
    if (bestRow < 0) {
      throw new UnpublishableTableException();
    }
    withheld[i][bestColumn] = true;
    withheld[bestRow][j] = true;
    withheld[bestRow][bestColumn] = true;
  }

  private long cost(int i, int j) {
    if (withheld[i][j]) {
      return 0;
    }
    return counts[i][j] == 0 ? Long.MAX_VALUE / 4 : counts[i][j];
  }

  /** Whether the cycle i-j-r-c-i can move one way: no zero in it, each cell within its mark. */
  private boolean rectangleMoves(int i, int j, int r, int c) {
    if (counts[i][c] == 0 || counts[r][j] == 0 || counts[r][c] == 0) {
      return false;
    }
    for (int direction : new int[] {1, -1}) {
      if (mayMove(i, j, direction)
          && mayMove(r, j, -direction)
          && mayMove(r, c, direction)
          && mayMove(i, c, -direction)) {
        return true;
      }
    }
    return false;
  }
}
