package org.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void aCellWithASeparatorOrAQuoteIsQuotedAndAFormulaIsNeutralised() {
    assertThat(CsvCells.cell("it-sam")).isEqualTo("it-sam");
    assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCells.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
    assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.cell("@x,y")).isEqualTo("\"'@x,y\"");
    assertThat(CsvCells.cell(null)).isEmpty();
  }
}
