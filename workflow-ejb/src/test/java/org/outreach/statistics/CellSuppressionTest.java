package org.outreach.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {

  /** Nationalities down, outcomes across: two small cells in one row, one alone in its column. */
  private static final long[][] SMALL_CELLS = {
    {120, 45, 7, 30},
    {80, 3, 25, 14},
    {60, 22, 18, 40},
    {9, 0, 12, 33},
  };

  @Test
  void aReaderOfTheTotalsRecomputesASmallCellWithheldAlone() {
    long[][] table = CellSuppression.withTotals(SMALL_CELLS);
    boolean[][] primaryOnly = new boolean[table.length][table[0].length];
    primaryOnly[1][1] = true;

    assertThat(new PublishedTableReader(table, primaryOnly).recomputable())
        .extracting(cell -> List.of(cell[0], cell[1]))
        .containsExactly(List.of(1, 1));
  }

  @Test
  void aReaderRecomputesAWithheldRectangleWhoseOpposingCornersAreBoth1() {
    // Either way round the rectangle, one of the 1s would go to 0; the reader knows a cell shown
    // as under 11 is at least 1, so the 1s are pinned, and with them the other two cells.
    long[][] table = CellSuppression.withTotals(new long[][] {{1, 50}, {1, 40}});
    boolean[][] rectangle = new boolean[3][3];
    rectangle[0][0] = rectangle[0][1] = rectangle[1][0] = rectangle[1][1] = true;

    assertThat(new PublishedTableReader(table, rectangle).recomputable()).hasSize(4);
  }

  @Test
  void everySmallCellIsWithheldAndNoWithheldCellCanBeRecomputed() {
    long[][] table = CellSuppression.withTotals(SMALL_CELLS);

    boolean[][] withheld = CellSuppression.withheld(table);

    assertThat(withheld[0][2]).isTrue();
    assertThat(withheld[1][1]).isTrue();
    assertThat(withheld[3][0]).isTrue();
    assertThat(withheld[3][1]).as("a zero is published").isFalse();
    assertThat(new PublishedTableReader(table, withheld).recomputable()).isEmpty();
  }

  @Test
  void twoOnesInOneColumnAreNotProtectedByTheRectangleTheyOpposeEachOtherIn() {
    // The cheapest rectangle through the first 1 runs through the second: either way round one
    // of them would go to 0, so it hides nothing; another must be chosen.
    long[][] table = CellSuppression.withTotals(new long[][] {{1, 50}, {1, 40}, {30, 30}});

    boolean[][] withheld = CellSuppression.withheld(table);

    assertThat(new PublishedTableReader(table, withheld).recomputable()).isEmpty();
  }

  @Test
  void aSuppressedCellAt11CannotGoDownToProtectASmallOne() {
    // The reader knows a suppressed cell is 11 or more: a rectangle whose only way round takes
    // an 11 down (and the 10 up, past its mark) pins the 10.
    long[][] table = CellSuppression.withTotals(new long[][] {{10, 11}, {30, 40}, {25, 60}});

    boolean[][] withheld = CellSuppression.withheld(table);

    assertThat(withheld[0][0]).isTrue();
    assertThat(new PublishedTableReader(table, withheld).recomputable()).isEmpty();
  }

  @Test
  void smallTotalsAreWithheldAndProtectedToo() {
    long[][] table =
        CellSuppression.withTotals(new long[][] {{3, 2, 0}, {40, 35, 60}, {25, 0, 30}});

    boolean[][] withheld = CellSuppression.withheld(table);

    assertThat(withheld[0][3]).as("the first row's total, 5").isTrue();
    assertThat(new PublishedTableReader(table, withheld).recomputable()).isEmpty();
  }

  @Test
  void aTableOfOneColumnKeepsItsSmallRowsHidden() {
    long[][] table = CellSuppression.withTotals(new long[][] {{300}, {4}, {0}, {120}, {1}});

    boolean[][] withheld = CellSuppression.withheld(table);

    assertThat(withheld[1][0]).isTrue();
    assertThat(withheld[4][0]).isTrue();
    assertThat(new PublishedTableReader(table, withheld).recomputable()).isEmpty();
  }

  @Test
  void aTableWithoutSmallCellsIsPublishedWhole() {
    long[][] table = CellSuppression.withTotals(new long[][] {{12, 40}, {0, 11}});

    boolean[][] withheld = CellSuppression.withheld(table);

    for (boolean[] row : withheld) {
      for (boolean cell : row) {
        assertThat(cell).isFalse();
      }
    }
  }

  @Test
  void aSmallCellWithNothingToHideInIsRefused() {
    // One row of people, one of them in one column, the rest in a column whose only other cell is
    // the total: any change to the small cell shows in a published figure.
    long[][] table = CellSuppression.withTotals(new long[][] {{1, 0}});

    assertThat(CellSuppression.withheld(table)[0][0]).isTrue();
    assertThat(new PublishedTableReader(table, CellSuppression.withheld(table)).recomputable())
        .isEmpty();
  }

  @Test
  void manySeededTablesAreProtectedOrRefused() {
    Random random = new Random(20261205L);
    int refused = 0;
    for (int n = 0; n < 400; n++) {
      int rows = 1 + random.nextInt(4);
      int columns = 1 + random.nextInt(4);
      long[][] cells = new long[rows][columns];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < columns; j++) {
          int kind = random.nextInt(4);
          cells[i][j] = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(10) : random.nextInt(200);
        }
      }
      long[][] table = CellSuppression.withTotals(cells);
      boolean[][] withheld;
      try {
        withheld = CellSuppression.withheld(table);
      } catch (UnpublishableTableException e) {
        refused++;
        continue;
      }
      for (int i = 0; i < table.length; i++) {
        for (int j = 0; j < table[0].length; j++) {
          if (table[i][j] > 0 && table[i][j] < 11) {
            assertThat(withheld[i][j]).as("table %d cell %d,%d", n, i, j).isTrue();
          }
          if (table[i][j] == 0) {
            assertThat(withheld[i][j]).as("table %d zero %d,%d", n, i, j).isFalse();
          }
        }
      }
      assertThat(new PublishedTableReader(table, withheld).recomputable())
          .as("table %d", n)
          .isEmpty();
    }
    assertThat(refused).as("tables refused").isLessThan(40);
  }

  @Test
  void aTableWhoseTotalsDoNotAddUpIsAMistake() {
    assertThatThrownBy(() -> CellSuppression.withheld(new long[][] {{1, 2}, {1, 3}}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
