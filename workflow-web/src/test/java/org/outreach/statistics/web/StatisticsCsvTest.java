package org.outreach.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outreach.statistics.StatisticsDimension;
import org.outreach.statistics.StatisticsTable;
import org.outreach.statistics.StatisticsTable.Cell;
import org.outreach.statistics.StatisticsTable.Shown;

class StatisticsCsvTest {

  private static final Cell SMALL = new Cell(Shown.SMALL, 0);
  private static final Cell SUPPRESSED = new Cell(Shown.SUPPRESSED, 0);

  private static Cell count(long n) {
    return new Cell(Shown.COUNT, n);
  }

  @Test
  void aTableOfTwoDimensionsHasTheColumnsTheRowsAndTheTotals() {
    StatisticsTable table =
        new StatisticsTable(
            StatisticsDimension.FACILITY,
            StatisticsDimension.OUTCOME,
            Arrays.asList("=Krome, North", null),
            List.of("OPEN", "DECLINED"),
            List.of(
                List.of(SMALL, SUPPRESSED, count(40)),
                List.of(SUPPRESSED, count(0), SUPPRESSED),
                List.of(count(30), SUPPRESSED, count(70))));

    assertThat(StatisticsCsv.of(table))
        .isEqualTo(
            "facility,OPEN,DECLINED,total\r\n"
                + "\"'=Krome, North\",<11,suppressed,40\r\n"
                + "none,suppressed,0,suppressed\r\n"
                + "total,30,suppressed,70\r\n");
  }

  @Test
  void aTableOfOneDimensionCountsPeople() {
    StatisticsTable table =
        new StatisticsTable(
            StatisticsDimension.LANGUAGE,
            null,
            List.of("es"),
            List.of(),
            List.of(List.of(count(12)), List.of(count(12))));

    assertThat(StatisticsCsv.of(table)).isEqualTo("language,people\r\nes,12\r\ntotal,12\r\n");
  }
}
